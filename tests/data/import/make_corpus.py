#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the import corpus: files as other programs export them (from the formats'
specifications and the programs' behaviour), each with NAME.expected.json, the records a
correct import keeps. test_import_corpus imports every file and compares.

Run from anywhere: python3 tests/data/import/make_corpus.py (the files are committed; run it
again after changing a case)."""
import json, os, quopri, zipfile
from xml.sax.saxutils import escape as xml

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {}


def case(name, data, expected):
    CASES[name] = (data, expected)


def write_all():
    for f in os.listdir(HERE):
        if f != os.path.basename(__file__) and f != 'README.md':
            os.remove(os.path.join(HERE, f))
    for name, (data, expected) in CASES.items():
        with open(os.path.join(HERE, name), 'wb') as f:
            f.write(data)
        base = name.rsplit('.', 1)[0]
        with open(os.path.join(HERE, base + '.expected.json'), 'w', encoding='utf-8') as f:
            json.dump(expected, f, ensure_ascii=False, indent=1)
            f.write('\n')


def crlf(text):
    return text.replace('\r\n', '\n').replace('\n', '\r\n')


def qp(text, charset='utf-8'):
    """Quoted-printable as vCard 2.1 writers do: soft line breaks at 76 columns."""
    return quopri.encodestring(text.encode(charset)).decode('ascii').replace('\n', '\r\n')


def csv_rows(rows, sep=','):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(x in c for x in (sep, '"', '\n', '\r')):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return '\r\n'.join(out) + '\r\n'


# ---------------------------------------------------------------- vCard ----

case('android_21_qp_utf8.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\n'
    'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('张;三丰;;;') + '\n'
    'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('张三丰') + '\n'
    'TEL;CELL:13800138000\nTEL;WORK:010-65529988\nEMAIL;HOME:zsf@example.cn\n'
    'ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('北京华联科技有限公司') + '\n'
    'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:' + qp('老客户，2019年展会认识。这是一段很长的备注，'
                                                        '安卓手机把它折成几行软换行，每行不超过七十六个字符。') + '\n'
    'END:VCARD\n'
    'BEGIN:VCARD\nVERSION:2.1\nN:;Lisa;;;\nFN:Lisa\nTEL;CELL;PREF:+86 139 0013 9000\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': '北京华联科技有限公司'},
        {'contact': '张三丰', 'at': '北京华联科技有限公司', 'channels': ['+8613800138000', '+861065529988', 'zsf@example.cn'],
         'notes_contain': ['每行不超过七十六个字符']},
        {'customer': 'Lisa', 'kind': 'consumer', 'phone': '139 0013 9000'}]})

case('android_21_qp_gbk.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\n'
    'N;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:' + qp('李;四;;;', 'gbk') + '\n'
    'ORG;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:' + qp('上海东方贸易有限公司', 'gbk') + '\n'
    'TITLE;CHARSET=GBK;ENCODING=QUOTED-PRINTABLE:' + qp('采购经理', 'gbk') + '\n'
    'TEL;CELL:13700001111\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': '李四', 'at': '上海东方贸易有限公司', 'title': '采购经理', 'channels': ['+8613700001111']}]})

case('android_21_qp_big5.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\n'
    'N;CHARSET=BIG5;ENCODING=QUOTED-PRINTABLE:' + qp('陳;大文;;;', 'big5') + '\n'
    'ORG;CHARSET=BIG5;ENCODING=QUOTED-PRINTABLE:' + qp('臺灣貿易股份有限公司', 'big5') + '\n'
    'TEL;CELL:+886 912 345 678\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': '陳大文', 'at': '臺灣貿易股份有限公司', 'channels': ['+886912345678']}]})

case('outlook_21_qp_windows1252.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\nN;LANGUAGE=de;CHARSET=Windows-1252:Müller;Jürgen\n'
    'FN;CHARSET=Windows-1252:Jürgen Müller\n'
    'ORG;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:' + qp('Bäckerei Müller GmbH', 'cp1252') + '\n'
    'TITLE:Gesch=C3=A4ftsf=C3=BChrer\n'
    'TEL;WORK;VOICE:+49 351 223344\nEMAIL;PREF;INTERNET:juergen@baeckerei-mueller.de\n'
    'ADR;WORK;CHARSET=Windows-1252;ENCODING=QUOTED-PRINTABLE:' + qp(';;Hauptstraße 5;Dresden;;01067;Deutschland', 'cp1252') + '\n'
    'END:VCARD\n').encode('cp1252'),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Bäckerei Müller GmbH'},
        {'contact': 'Jürgen Müller', 'at': 'Bäckerei Müller GmbH', 'channels': ['+49351223344', 'juergen@baeckerei-mueller.de']}]})

case('iphone_30.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\nN:Appleseed;John;;;\nFN:John Appleseed\n'
    'ORG:Apple Inc.;\nTITLE:Product Manager\n'
    'item1.EMAIL;type=INTERNET;type=pref:john.appleseed@apple.com\nitem1.X-ABLabel:_$!<Work>!$_\n'
    'TEL;type=CELL;type=VOICE;type=pref:+1 (408) 555-5270\nTEL;type=WORK;type=VOICE:+1 408-555-1212\n'
    'item2.ADR;type=WORK;type=pref:;;1 Apple Park Way;Cupertino;CA;95014;United States\n'
    'BDAY;value=date:1978-12-29\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'John Appleseed', 'at': 'Apple Inc.', 'title': 'Product Manager', 'birthday': '1978-12-29',
         'channels': ['+14085555270', '+14085551212', 'john.appleseed@apple.com']}]})

case('iphone_company_card.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:深圳市腾飞电子有限公司\nORG:深圳市腾飞电子有限公司;\n'
    'TEL;type=WORK;type=VOICE:0755-86001234\nX-ABShowAs:COMPANY\nEND:VCARD\n'
    'BEGIN:VCARD\nVERSION:3.0\nORG:Globex Corporation\nTEL;type=WORK:+1 212 555 0100\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 2, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '深圳市腾飞电子有限公司', 'phone': '0755-86001234'},
        {'customer': 'Globex Corporation'}]})

case('gmail_30_escapes.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:Points Net\nN:Net;Points;;;\nEMAIL;TYPE=INTERNET:semicolon\\;@points.net\n'
    'EMAIL;TYPE=INTERNET;TYPE=HOME:second@points.net\nORG:Points\\, Lines and Planes Ltd.\n'
    'NOTE:First line\\nSecond line\\, with a comma\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Points, Lines and Planes Ltd.'},
        {'contact': 'Points Net', 'at': 'Points, Lines and Planes Ltd.', 'channels': ['second@points.net'],
         'notes_contain': ['Second line, with a comma', 'semicolon;@points.net']}]})

case('thunderbird_40.vcf', crlf(
    'BEGIN:VCARD\nVERSION:4.0\nFN:Marie Tremblay\nN:Tremblay;Marie;;;\nORG:Université Laval\n'
    'TEL;VALUE=uri;TYPE=work:tel:+1-418-656-9254;ext=102\nTEL;VALUE=uri;TYPE=cell:tel:+1-418-555-0199\n'
    'EMAIL;PREF=1:marie.tremblay@ulaval.ca\nBDAY:--1229\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Marie Tremblay', 'at': 'Université Laval', 'birthday': '--12-29',
         'channels': ['+14186569254', '+1 418-656-9254 ext. 102', 'marie.tremblay@ulaval.ca']}]})

case('evolution_30.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nUID:pas-id-5A3B\nX-EVOLUTION-FILE-AS:Wang\\, Fang\nFN:王芳\nN:王;芳;;;\n'
    'ORG:杭州绿野茶业有限公司;销售部\nTEL;TYPE=WORK,VOICE:0571-88886666\nTEL;TYPE=CELL:15900001234\n'
    'EMAIL;TYPE=WORK:wangfang@lvye-tea.cn\nADR;TYPE=WORK:;;西湖区龙井路1号;杭州;浙江;310000;中国\n'
    'ADR;TYPE=HOME:;;文三路100号;杭州;浙江;310012;中国\nBDAY:1985-03-21\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': '杭州绿野茶业有限公司'},
        {'contact': '王芳', 'at': '杭州绿野茶业有限公司', 'birthday': '1985-03-21',
         'channels': ['+8657188886666', '+8615900001234', 'wangfang@lvye-tea.cn']}]})

case('kaddressbook_30.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nCATEGORIES:Kunden,VIP\nCLASS:PUBLIC\nEMAIL;TYPE=PREF:k.schmidt@example.de\n'
    'FN:Klaus Schmidt\nN:Schmidt;Klaus;;Dr.;\nORG:Schmidt Maschinenbau AG\nTEL;TYPE=WORK:+49 89 1234567\n'
    'TEL;TYPE=FAX:+49 89 1234568\nX-KADDRESSBOOK-X-Office:Raum 101\nUID:aB3dE\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Klaus Schmidt', 'at': 'Schmidt Maschinenbau AG', 'channels': ['+49891234567', '+49891234568']}]})

case('lotus_notes_30.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nN:Chen;Wei\nFN:Wei Chen\nORG:Acme Trading Co.\nTITLE:Director\n'
    'TEL;TYPE=WORK:+86-21-5555-6666\nTEL;TYPE=CELL:+86-138-1234-5678\nEMAIL;TYPE=INTERNET:wei.chen@acme-trading.com\n'
    'BDAY:1970-06-15T00:00:00Z\nREV:20231102T101500Z\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Wei Chen', 'at': 'Acme Trading Co.', 'title': 'Director', 'birthday': '1970-06-15',
         'channels': ['+862155556666', '+8613812345678', 'wei.chen@acme-trading.com']}]})

case('blackberry_21.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\nFN:Liu Yang\nTEL;CELL;PREF:13611112222\nTEL;HOME:021-62223333\n'
    'EMAIL;INTERNET:liuyang@163.com\nEND:VCARD\n'
    'BEGIN:VCARD\nVERSION:2.1\nN:Zhao;Min\nORG:Zhao Logistics\nTEL;WORK:0512-66667777\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Liu Yang', 'kind': 'consumer', 'phone': '136 1111 2222', 'email': 'liuyang@163.com',
         'notes_contain': ['021-62223333']},
        {'contact': 'Min Zhao', 'at': 'Zhao Logistics', 'channels': ['+8651266667777']}]})

UTF16_CARD = crlf('BEGIN:VCARD\nVERSION:3.0\nFN:赵敏\nN:赵;敏;;;\nORG:苏州物流有限公司\nTEL;TYPE=CELL:13512345678\n'
                  'END:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:周杰\nTEL;TYPE=CELL:13698765432\nEND:VCARD\n')
case('utf16le_bom.vcf', b'\xff\xfe' + UTF16_CARD.encode('utf-16-le'),
     {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
         {'contact': '赵敏', 'at': '苏州物流有限公司', 'channels': ['+8613512345678']},
         {'customer': '周杰', 'phone': '136 9876 5432'}]})
case('utf16le_no_bom.vcf', UTF16_CARD.encode('utf-16-le'),
     {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
         {'contact': '赵敏', 'at': '苏州物流有限公司'}, {'customer': '周杰'}]})
case('utf16be_no_bom.vcf', UTF16_CARD.encode('utf-16-be'),
     {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
         {'contact': '赵敏', 'at': '苏州物流有限公司'}, {'customer': '周杰'}]})

case('last_card_without_end.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:First Person\nTEL:13811112222\nEND:VCARD\n'
    'BEGIN:VCARD\nVERSION:3.0\nFN:Cut Off\nORG:Truncated Inc.\nTEL:13822223333').encode(),
    {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'First Person'}, {'contact': 'Cut Off', 'at': 'Truncated Inc.', 'channels': ['+8613822223333']}]})

case('agent_nested.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\nN:Boss;Big\nFN:Big Boss\nORG:Initech\n'
    'AGENT:\nBEGIN:VCARD\nVERSION:2.1\nN:Assistant;Ann\nFN:Ann Assistant\nTEL:+1-213-555-1234\nEND:VCARD\n'
    'TEL;WORK:+1-213-555-9999\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Big Boss', 'at': 'Initech', 'channels': ['+12135559999']},
        {'customer': 'Ann Assistant', 'phone': '+1 213-555-1234'}]})

case('dates_in_basic_form.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:Basic Date\nORG:Dates Ltd\nBDAY:19781229\nEND:VCARD\n'
    'BEGIN:VCARD\nVERSION:4.0\nFN:No Year\nORG:Dates Ltd\nBDAY:--0315\nEND:VCARD\n'
    'BEGIN:VCARD\nVERSION:4.0\nFN:Date Time\nORG:Dates Ltd\nBDAY:19900101T000000\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 3, 'rejected': 0, 'records': [
        {'contact': 'Basic Date', 'birthday': '1978-12-29'}, {'contact': 'No Year', 'birthday': '--03-15'},
        {'contact': 'Date Time', 'birthday': '1990-01-01'}]})

case('quoted_parameter_colon.vcf', crlf(
    'BEGIN:VCARD\nVERSION:4.0\nFN:Param Colon\nORG:Quote Co\nTEL;TYPE="work,voice:x";VALUE=text:+86 10 6552 9988\n'
    'EMAIL;TYPE="A,B:C":param@quote.example\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Param Colon', 'at': 'Quote Co', 'channels': ['+861065529988', 'param@quote.example']}]})

case('several_org_tel_email_adr.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:孙悦\nN:孙;悦;;;\nORG:成都天府软件有限公司\nORG:四川蜀道咨询\n'
    'TEL;TYPE=CELL:13911112222\nTEL;TYPE=CELL:13933334444\nTEL;TYPE=WORK:028-85556666\n'
    'EMAIL;TYPE=WORK:sunyue@tianfu-soft.cn\nEMAIL;TYPE=HOME:sunyue@qq.com\n'
    'ADR;TYPE=WORK:;;高新区天府大道100号;成都;四川;610041;\nADR;TYPE=HOME:;;锦江区春熙路8号;成都;四川;;\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': '孙悦', 'at': '成都天府软件有限公司',
         'channels': ['+8613911112222', '+8613933334444', '+862885556666', 'sunyue@tianfu-soft.cn', 'sunyue@qq.com'],
         'notes_contain': ['四川蜀道咨询', '春熙路8号']}]})

case('bad_fields_keep_the_card.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:Bad Phone\nORG:Keep Me Ltd\nTEL;TYPE=PAGER:pager\nTEL;TYPE=CELL:13800001111\n'
    'X-QQ:IM6\nBDAY:not a date\nEND:VCARD\n'
    'BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nTEL:13800002222\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 1, 'records': [
        {'contact': 'Bad Phone', 'at': 'Keep Me Ltd', 'channels': ['+8613800001111'],
         'notes_contain': ['pager', 'IM6', 'not a date']}]})

case('us_numbers_region_us.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:Pat Smith\nORG:Smith & Sons\nTEL;TYPE=WORK:(650) 555-1212\n'
    'TEL;TYPE=CELL:905-555-1234 x102\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'phone_region': 'US', 'customers': 1, 'contacts': 1, 'rejected': 0, 'unverified': 0,
     'records': [{'contact': 'Pat Smith', 'at': 'Smith & Sons', 'channels': ['+16505551212', '+19055551234']}]})

case('german_numbers_region_de.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:Anna Weber\nORG:Weber KG\nTEL;TYPE=WORK:0351 223344\nTEL;TYPE=CELL:0171 1234567\n'
    'END:VCARD\n').encode(),
    {'target': 'contacts', 'phone_region': 'DE', 'customers': 1, 'contacts': 1, 'rejected': 0, 'unverified': 0,
     'records': [{'contact': 'Anna Weber', 'at': 'Weber KG', 'channels': ['+49351223344', '+491711234567']}]})

case('foreign_numbers_region_cn.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:Hans Meier\nORG:Meier GmbH\nTEL;TYPE=WORK:+49 351 223344\nTEL;TYPE=WORK:905-555-1234\n'
    'END:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'unverified': 1,
     'records': [{'contact': 'Hans Meier', 'at': 'Meier GmbH', 'channels': ['+49351223344'], 'notes_contain': ['905-555-1234']}]})

case('folded_lines.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:Folded\n  Name\nORG:A very long company name that a phone folds at seventy-five octe\n'
    ' ts per line\nTEL:138\n\t00138000\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Folded Name', 'at': 'A very long company name that a phone folds at seventy-five octets per line',
         'channels': ['+8613800138000']}]})

case('docomo_21_shift_jis.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=SHIFT_JIS:山田;太郎\nFN;CHARSET=SHIFT_JIS:山田太郎\n'
    'ORG;CHARSET=SHIFT_JIS:株式会社山田商事\nTEL;CELL:090-1234-5678\nEND:VCARD\n').encode('shift_jis'),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': '山田太郎', 'at': '株式会社山田商事'}]})

case('name_in_n_only.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\nN:欧阳;娜娜\nTEL;CELL:13355556666\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '欧阳娜娜', 'phone': '133 5555 6666'}]})

# ------------------------------------------------------------------ CSV ----

TB_HEAD = ['First Name', 'Last Name', 'Display Name', 'Nickname', 'Primary Email', 'Secondary Email', 'Screen Name',
           'Work Phone', 'Home Phone', 'Fax Number', 'Pager Number', 'Mobile Number', 'Home Address', 'Home Address 2',
           'Home City', 'Home State', 'Home ZipCode', 'Home Country', 'Work Address', 'Work Address 2', 'Work City',
           'Work State', 'Work ZipCode', 'Work Country', 'Job Title', 'Department', 'Organization', 'Web Page 1',
           'Web Page 2', 'Birth Year', 'Birth Month', 'Birth Day', 'Custom 1', 'Custom 2', 'Custom 3', 'Custom 4', 'Notes', '']


def tb_row(**kw):
    return [kw.get(h, '') for h in TB_HEAD]


case('thunderbird.csv', csv_rows([TB_HEAD,
    tb_row(**{'First Name': 'Ada', 'Last Name': 'Lovelace', 'Display Name': 'Ada Lovelace', 'Nickname': 'Countess',
              'Primary Email': 'ada@analytical.co.uk', 'Secondary Email': 'ada.home@example.org', 'Work Phone': '+44 20 7946 0958',
              'Mobile Number': '+44 7911 123456', 'Work Address': '12 Engine Street', 'Work City': 'London',
              'Work ZipCode': 'EC1A 1BB', 'Work Country': 'United Kingdom', 'Home Address': '1 Byron Lane',
              'Home City': 'Ockham', 'Job Title': 'Mathematician', 'Department': 'Research',
              'Organization': 'Analytical Engines Ltd', 'Web Page 1': 'https://analytical.co.uk',
              'Birth Year': '1975', 'Birth Month': '12', 'Birth Day': '10', 'Custom 1': 'met at the Royal Society',
              'Notes': 'Prefers letters'}),
    tb_row(**{'Display Name': '钱伟', 'Primary Email': 'qianwei@qq.com', 'Mobile Number': '13566667777',
              'Birth Month': '5', 'Birth Day': '4'}),
]).encode(),
    {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Analytical Engines Ltd', 'city': 'London', 'address': '12 Engine Street, EC1A 1BB, United Kingdom',
         'website': 'https://analytical.co.uk'},
        {'contact': 'Ada Lovelace', 'at': 'Analytical Engines Ltd', 'title': 'Mathematician', 'birthday': '1975-12-10',
         'channels': ['+442079460958', '+447911123456', 'ada@analytical.co.uk', 'ada.home@example.org'],
         'notes_contain': ['Prefers letters', 'Nickname: Countess', 'Department: Research', 'Custom 1: met at the Royal Society',
                           '1 Byron Lane']},
        {'customer': '钱伟', 'kind': 'consumer', 'phone': '135 6666 7777', 'email': 'qianwei@qq.com',
         'notes_contain': ['--05-04']}]})

GOOGLE_NEW = ['First Name', 'Middle Name', 'Last Name', 'Phonetic First Name', 'Phonetic Middle Name', 'Phonetic Last Name',
              'Name Prefix', 'Name Suffix', 'Nickname', 'File As', 'Organization Name', 'Organization Title',
              'Organization Department', 'Birthday', 'Notes', 'Photo', 'Labels', 'E-mail 1 - Label', 'E-mail 1 - Value',
              'E-mail 2 - Label', 'E-mail 2 - Value', 'Phone 1 - Label', 'Phone 1 - Value', 'Phone 2 - Label',
              'Phone 2 - Value', 'Address 1 - Label', 'Address 1 - Formatted', 'Address 1 - Street', 'Address 1 - City',
              'Address 1 - PO Box', 'Address 1 - Region', 'Address 1 - Postal Code', 'Address 1 - Country',
              'Address 1 - Extended Address', 'Website 1 - Label', 'Website 1 - Value']


def g_row(head, **kw):
    return [kw.get(h, '') for h in head]


case('google_contacts_2024.csv', csv_rows([GOOGLE_NEW,
    g_row(GOOGLE_NEW, **{'First Name': 'Maria', 'Middle Name': 'Elena', 'Last Name': 'Garcia', 'Nickname': 'Malena',
                         'Organization Name': 'Iberia Foods S.L.', 'Organization Title': 'CEO', 'Birthday': '1980-07-14',
                         'Notes': 'Met at SIAL', 'Labels': '* myContacts ::: Clientes',
                         'E-mail 1 - Label': '* Work', 'E-mail 1 - Value': 'maria@iberiafoods.es',
                         'E-mail 2 - Label': 'Home', 'E-mail 2 - Value': 'malena@gmail.com',
                         'Phone 1 - Label': 'Mobile', 'Phone 1 - Value': '+34 612 34 56 78',
                         'Phone 2 - Label': 'Work', 'Phone 2 - Value': '+34 915 55 12 34 ::: +34 915 55 12 35',
                         'Address 1 - Label': 'Work', 'Address 1 - Formatted': 'Calle Mayor 1\n28013 Madrid\nSpain',
                         'Address 1 - Street': 'Calle Mayor 1', 'Address 1 - City': 'Madrid', 'Address 1 - Region': 'Madrid',
                         'Address 1 - Postal Code': '28013', 'Address 1 - Country': 'Spain',
                         'Website 1 - Label': 'Work', 'Website 1 - Value': 'https://iberiafoods.es'}),
    g_row(GOOGLE_NEW, **{'First Name': '小红', 'Last Name': '刘', 'Birthday': '--08-08', 'Labels': '* myContacts',
                         'Phone 1 - Label': 'Mobile', 'Phone 1 - Value': '+86 137 0000 2222'}),
]).encode(),
    {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Iberia Foods S.L.', 'city': 'Madrid', 'region': 'Madrid', 'address': 'Calle Mayor 1, 28013, Spain',
         'website': 'https://iberiafoods.es'},
        {'contact': 'Maria Elena Garcia', 'at': 'Iberia Foods S.L.', 'title': 'CEO', 'birthday': '1980-07-14',
         'mobiles': ['+34612345678'],
         'channels': ['+34612345678', '+34915551234', '+34915551235', 'maria@iberiafoods.es', 'malena@gmail.com'],
         'notes_contain': ['Met at SIAL', 'Nickname: Malena']},
        {'customer': '刘小红', 'kind': 'consumer', 'phone': '137 0000 2222'}]})

GOOGLE_OLD = ['Name', 'Given Name', 'Additional Name', 'Family Name', 'Yomi Name', 'Given Name Yomi', 'Additional Name Yomi',
              'Family Name Yomi', 'Name Prefix', 'Name Suffix', 'Initials', 'Nickname', 'Short Name', 'Maiden Name', 'Birthday',
              'Gender', 'Location', 'Billing Information', 'Directory Server', 'Mileage', 'Occupation', 'Hobby', 'Sensitivity',
              'Priority', 'Subject', 'Notes', 'Language', 'Photo', 'Group Membership', 'E-mail 1 - Type', 'E-mail 1 - Value',
              'E-mail 2 - Type', 'E-mail 2 - Value', 'Phone 1 - Type', 'Phone 1 - Value', 'Phone 2 - Type', 'Phone 2 - Value',
              'Phone 3 - Type', 'Phone 3 - Value', 'Address 1 - Type', 'Address 1 - Formatted', 'Address 1 - Street',
              'Address 1 - City', 'Address 1 - PO Box', 'Address 1 - Region', 'Address 1 - Postal Code',
              'Address 1 - Country', 'Address 1 - Extended Address', 'Organization 1 - Type', 'Organization 1 - Name',
              'Organization 1 - Yomi Name', 'Organization 1 - Title', 'Organization 1 - Department',
              'Organization 1 - Symbol', 'Organization 1 - Location', 'Organization 1 - Job Description',
              'Website 1 - Type', 'Website 1 - Value']
case('google_contacts_old.csv', csv_rows([GOOGLE_OLD,
    g_row(GOOGLE_OLD, **{'Name': '黄磊', 'Given Name': '磊', 'Family Name': '黄', 'Gender': 'male', 'Birthday': '1975-11-02',
                         'Notes': '华南区代理', 'Group Membership': '* My Contacts ::: 代理商',
                         'E-mail 1 - Type': '* Work', 'E-mail 1 - Value': 'huanglei@nanfang-agency.cn ::: hl@nanfang-agency.cn',
                         'Phone 1 - Type': 'Mobile', 'Phone 1 - Value': '13822220000',
                         'Phone 2 - Type': 'Work Fax', 'Phone 2 - Value': '020-83330000',
                         'Phone 3 - Type': 'Work', 'Phone 3 - Value': '020-83331111',
                         'Address 1 - Type': 'Work', 'Address 1 - Street': '天河路385号', 'Address 1 - City': '广州',
                         'Address 1 - Region': '广东', 'Organization 1 - Name': '南方代理有限公司',
                         'Organization 1 - Title': '总经理', 'Organization 1 - Department': '华南区'}),
]).encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': '南方代理有限公司', 'city': '广州', 'region': '广东', 'address': '天河路385号'},
        {'contact': '黄磊', 'at': '南方代理有限公司', 'title': '总经理', 'birthday': '1975-11-02', 'mobiles': ['+8613822220000'],
         'channels': ['+862083330000', '+862083331111', 'huanglei@nanfang-agency.cn', 'hl@nanfang-agency.cn'],
         'notes_contain': ['华南区代理', 'Organization 1 - Department: 华南区']}]})

OUTLOOK = ['Title', 'First Name', 'Middle Name', 'Last Name', 'Suffix', 'Company', 'Department', 'Job Title',
           'Business Street', 'Business Street 2', 'Business Street 3', 'Business City', 'Business State',
           'Business Postal Code', 'Business Country/Region', 'Home Street', 'Home Street 2', 'Home Street 3', 'Home City',
           'Home State', 'Home Postal Code', 'Home Country/Region', 'Other Street', 'Other Street 2', 'Other Street 3',
           'Other City', 'Other State', 'Other Postal Code', 'Other Country/Region', "Assistant's Phone", 'Business Fax',
           'Business Phone', 'Business Phone 2', 'Callback', 'Car Phone', 'Company Main Phone', 'Home Fax', 'Home Phone',
           'Home Phone 2', 'ISDN', 'Mobile Phone', 'Other Fax', 'Other Phone', 'Pager', 'Primary Phone', 'Radio Phone',
           'TTY/TDD Phone', 'Telex', 'Account', 'Anniversary', "Assistant's Name", 'Billing Information', 'Birthday',
           'Business Address PO Box', 'Categories', 'Children', 'Directory Server', 'E-mail Address', 'E-mail Type',
           'E-mail Display Name', 'E-mail 2 Address', 'E-mail 2 Type', 'E-mail 2 Display Name', 'E-mail 3 Address',
           'E-mail 3 Type', 'E-mail 3 Display Name', 'Gender', 'Government ID Number', 'Hobby', 'Home Address PO Box',
           'Initials', 'Internet Free Busy', 'Keywords', 'Language', 'Location', "Manager's Name", 'Mileage', 'Notes',
           'Office Location', 'Organizational ID Number', 'Other Address PO Box', 'Priority', 'Private', 'Profession',
           'Referred By', 'Sensitivity', 'Spouse', 'User 1', 'User 2', 'User 3', 'User 4', 'Web Page']


def ol_row(**kw):
    base = {'Anniversary': '0/0/00', 'Birthday': '0/0/00', 'Gender': 'Unspecified', 'Priority': 'Normal', 'Private': 'False',
            'Sensitivity': 'Normal'}
    base.update(kw)
    return [base.get(h, '') for h in OUTLOOK]


case('outlook_2016.csv', csv_rows([OUTLOOK,
    ol_row(**{'Title': 'Mr.', 'First Name': 'Robert', 'Middle Name': 'J.', 'Last Name': 'Brown', 'Company': 'Fabrikam, Inc.',
              'Department': 'Purchasing', 'Job Title': 'Buyer', 'Business Street': '4567 Main St.', 'Business Street 2': 'Suite 100',
              'Business City': 'Buffalo', 'Business State': 'NY', 'Business Postal Code': '98052',
              'Business Country/Region': 'United States of America', 'Business Phone': '+1 (716) 555-0100',
              'Company Main Phone': '+1 (716) 555-0000', 'Mobile Phone': '+1 (716) 555-0199', 'Business Fax': '+1 (716) 555-0101',
              'E-mail Address': 'robert@fabrikam.com', 'E-mail Type': 'SMTP', 'E-mail Display Name': 'Robert Brown (robert@fabrikam.com)',
              'Birthday': '7/4/1970', 'Categories': 'Key accounts;East', 'Notes': 'Call before noon', 'Web Page': 'www.fabrikam.com'}),
    ol_row(**{'First Name': 'Jane', 'Last Name': 'Doe', 'Home Street': '9 Elm Road', 'Home City': 'Springfield',
              'Home State': 'IL', 'Home Postal Code': '62704', 'Home Phone': '+1 217 555 0142', 'E-mail Address': 'jane.doe@gmail.com'}),
]).encode('cp1252'),
    {'target': 'contacts', 'customers': 2, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Fabrikam, Inc.', 'city': 'Buffalo', 'region': 'NY',
         'address': '4567 Main St., Suite 100, 98052, United States of America', 'phone': '+1 716-555-0000',
         'website': 'www.fabrikam.com'},
        {'contact': 'Robert J. Brown', 'at': 'Fabrikam, Inc.', 'title': 'Buyer', 'birthday': '1970-07-04',
         'channels': ['+17165550100', '+17165550199', '+17165550101', 'robert@fabrikam.com'],
         'notes_contain': ['Call before noon', 'Department: Purchasing']},
        {'customer': 'Jane Doe', 'kind': 'consumer', 'city': 'Springfield', 'region': 'IL', 'address': '9 Elm Road, 62704',
         'email': 'jane.doe@gmail.com'}]})

case('outlook_semicolon_windows1252.csv', csv_rows([
    ['First Name', 'Last Name', 'Company', 'Job Title', 'Business Phone', 'Mobile Phone', 'E-mail Address', 'Business City',
     'Notes'],
    ['François', 'Lefèvre', 'Société Générale de Café', 'Directeur', '+33 1 42 68 53 00', '+33 6 12 34 56 78',
     'f.lefevre@cafe-sgc.fr', 'Paris', 'Très bon client; paie à 30 jours'],
    ['Jürgen', 'Groß', 'Groß & Söhne', 'Inhaber', '+49 30 1234567', '', 'jg@gross-soehne.de', 'Berlin', ''],
], sep=';').encode('cp1252'),
    {'target': 'contacts', 'encoding': 'windows-1252', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': 'Société Générale de Café', 'city': 'Paris'},
        {'contact': 'François Lefèvre', 'at': 'Société Générale de Café', 'channels': ['+33142685300', '+33612345678'],
         'notes_contain': ['Très bon client; paie à 30 jours']},
        {'contact': 'Jürgen Groß', 'at': 'Groß & Söhne', 'channels': ['+49301234567', 'jg@gross-soehne.de']}]})

case('google_outlook_format.csv', csv_rows([
    ['First Name', 'Middle Name', 'Last Name', 'Title', 'Suffix', 'Initials', 'Web Page', 'Gender', 'Birthday', 'Anniversary',
     'Location', 'Language', 'Internet Free Busy', 'Notes', 'E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address',
     'Primary Phone', 'Home Phone', 'Home Phone 2', 'Mobile Phone', 'Pager', 'Home Fax', 'Home Address', 'Home Street',
     'Home City', 'Home State', 'Home Postal Code', 'Home Country', 'Company Main Phone', 'Business Phone',
     'Business Phone 2', 'Business Fax', 'Company', 'Job Title', 'Department', 'Business Address', 'Business Street',
     'Business City', 'Business State', 'Business Postal Code', 'Business Country', 'Categories'],
    ['Tom', '', 'Baker', '', '', '', '', '', '1965-02-03', '', '', '', '', '', 'tom@bakery.example', 'tb@gmail.com', '',
     '', '', '', '+44 7911 123457', '', '', '', '', '', '', '', '', '', '+44 20 7946 0000', '', '', 'Baker Street Bakery',
     'Owner', '', '', '221B Baker Street', 'London', '', 'NW1 6XE', 'United Kingdom', 'Suppliers'],
]).encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Baker Street Bakery', 'city': 'London', 'address': '221B Baker Street, NW1 6XE, United Kingdom'},
        {'contact': 'Tom Baker', 'at': 'Baker Street Bakery', 'title': 'Owner', 'birthday': '1965-02-03',
         'channels': ['+447911123457', '+442079460000', 'tom@bakery.example', 'tb@gmail.com']}]})

case('apple_numbers.csv', csv_rows([
    ['First name', 'Last name', 'Company', 'Phone (mobile)', 'Phone (work)', 'Email (work)', 'Email (home)', 'Street',
     'City', 'ZIP', 'Country', 'Birthday', 'Note'],
    ['Emily', 'Chen', 'Blue Harbor Design', '+1 415 555 0131', '+1 415 555 0100', 'emily@blueharbor.design',
     'emily.chen@icloud.com', '88 Harbor Blvd', 'San Francisco', '94111', 'USA', '1990-04-01', 'Likes tea'],
]).encode('utf-8-sig'),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Blue Harbor Design', 'city': 'San Francisco', 'address': '88 Harbor Blvd, 94111, USA'},
        {'contact': 'Emily Chen', 'at': 'Blue Harbor Design', 'birthday': '1990-04-01',
         'channels': ['+14155550131', '+14155550100', 'emily@blueharbor.design', 'emily.chen@icloud.com'], 'notes_contain': ['Likes tea']}]})

case('apple_numbers_semicolon.csv', csv_rows([
    ['Name', 'Firma', 'Telefon', 'E-Mail', 'Stadt'],
    ['Lukas Bauer', 'Bauer Holz GmbH', '+49 89 2345678', 'lukas@bauer-holz.de', 'München'],
], sep=';').encode('utf-8'),
    {'target': 'contacts', 'phone_region': 'DE', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Bauer Holz GmbH', 'city': 'München'},
        {'contact': 'Lukas Bauer', 'at': 'Bauer Holz GmbH', 'channels': ['+49892345678', 'lukas@bauer-holz.de']}]})

CN_TEMPLATE = ['客户名称', '客户级别', '客户来源', '负责人', '联系人姓名', '手机号码', '座机', '邮箱', '省', '市', '区', '详细地址', '备注']
case('cn_crm_template_gb18030.csv', csv_rows([CN_TEMPLATE,
    ['广州市白云化工有限公司', '重要', '展会', 'sales1', '陈志强', '13922223333', '020-36661234', 'chenzq@baiyun-chem.cn',
     '广东省', '广州市', '白云区', '太和镇大源北路18号', '年采购额约200万'],
    ['个体户刘师傅', '普通', '转介绍', '', '', '13244445555', '', '', '湖南省', '长沙市', '岳麓区', '', ''],
    ['武汉光谷精密仪器厂', '贵宾', '官网', 'sales1', '杨帆', '15071234567', '', '', '湖北省', '武汉市', '东湖高新区',
     '光谷大道77号', ''],
]).encode('gb18030'),
    {'target': 'customers', 'customers': 3, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '广州市白云化工有限公司', 'region': '广东省', 'city': '广州市', 'address': '白云区太和镇大源北路18号',
         'source': '展会', 'notes_contain': ['年采购额约200万']},
        {'contact': '陈志强', 'at': '广州市白云化工有限公司', 'channels': ['+8613922223333', '+862036661234', 'chenzq@baiyun-chem.cn']},
        {'customer': '个体户刘师傅', 'region': '湖南省', 'city': '长沙市', 'address': '岳麓区', 'phone': '132 4444 5555'},
        {'customer': '武汉光谷精密仪器厂', 'address': '东湖高新区光谷大道77号'},
        {'contact': '杨帆', 'at': '武汉光谷精密仪器厂', 'channels': ['+8615071234567']}]})

case('cn_crm_required_marks_utf8_bom.csv', csv_rows([
    ['*客户名称', '客户级别（必填）', '*联系人姓名', '*手机号码', '联系人职务', '所属行业', '微信', 'QQ', '下次跟进时间'],
    ['南京金陵建材有限公司', '普通', '吴刚', '13813800138', '采购主管', '建材', 'wugang_nj', '123456789', '2026-12-10'],
]).encode('utf-8-sig'),
    {'target': 'customers', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': '南京金陵建材有限公司', 'industry': '建材', 'notes_contain': ['下次跟进时间: 2026-12-10']},
        {'contact': '吴刚', 'at': '南京金陵建材有限公司', 'title': '采购主管', 'channels': ['+8613813800138', 'wugang_nj', '123456789']}]})

case('cn_crm_export_province_city_district.csv', csv_rows([
    ['客户编号', '客户全称', '客户行业', '客户电话', '客户邮箱', '网址', '省份', '城市', '区县', '客户地址', '客户标签', '创建人', '创建时间'],
    ['KH0001', '重庆山城火锅餐饮管理有限公司', '餐饮', '023-63001234', 'info@shancheng-hotpot.cn', 'www.shancheng-hotpot.cn',
     '重庆', '重庆市', '渝中区', '解放碑步行街88号', 'VIP、连锁', '老王', '2021-03-15 10:20'],
]).encode('utf-8'),
    {'target': 'customers', 'customers': 1, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '重庆山城火锅餐饮管理有限公司', 'industry': '餐饮', 'phone': '023-63001234', 'email': 'info@shancheng-hotpot.cn',
         'region': '重庆', 'city': '重庆市', 'address': '渝中区解放碑步行街88号', 'tags': ['VIP', '连锁'],
         'notes_contain': ['创建人: 老王']}]})

case('cn_wukong_one_column_region.csv', csv_rows([
    ['客户名称', '客户来源', '电话', '手机', '省市区', '详细地址', '备注'],
    ['深圳南山科技有限公司', '电话营销', '0755-26661234', '', '广东省,深圳市,南山区', '科技园南区A栋', '需要演示'],
]).encode('gb18030'),
    {'target': 'customers', 'customers': 1, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '深圳南山科技有限公司', 'phone': '0755-26661234', 'source': '电话营销', 'notes_contain': ['需要演示', '南山区']}]})

case('cn_bad_phones_and_dates.csv', csv_rows([
    ['客户名称', '联系人', '手机', '电话', '生日', 'QQ', '邮箱'],
    ['多伦多贸易公司', 'Kevin Li', '905-555-1234', '(650) 555-1212', '19781229', 'IM6', 'kevin@toronto-trade.ca'],
    ['德国代理处', 'Hans', '+49 1234 56789', '0351 223344', '1980-13-45', '', 'not-an-email'],
    ['', '', '13800000000', '', '', '', ''],
]).encode('gb18030'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 1, 'records': [
        {'customer': '多伦多贸易公司'},
        {'contact': 'Kevin Li', 'at': '多伦多贸易公司', 'birthday': '1978-12-29', 'channels': ['kevin@toronto-trade.ca'],
         'notes_contain': ['905-555-1234', '(650) 555-1212', 'IM6']},
        {'customer': '德国代理处'},
        {'contact': 'Hans', 'at': '德国代理处', 'notes_contain': ['0351 223344', '1980-13-45', 'not-an-email']}]})

case('big5_taiwan_crm.csv', csv_rows([
    ['公司名稱', '聯絡人', '手機', '電話', '電子郵件', '地址'],
    ['台北精密工業股份有限公司', '林志明', '+886 912 000 111', '+886 2 2345 6789', 'lin@tpe-precision.com.tw', '台北市信義區松仁路100號'],
    ['高雄海運有限公司', '黃美玲', '+886 933 222 333', '', 'huang@kh-shipping.com.tw', '高雄市前鎮區'],
]).encode('big5'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '台北精密工業股份有限公司', 'address': '台北市信義區松仁路100號'},
        {'contact': '林志明', 'at': '台北精密工業股份有限公司', 'channels': ['+886912000111', '+886223456789']},
        {'contact': '黃美玲', 'at': '高雄海運有限公司'}]})

case('shift_jis_japan.csv', csv_rows([
    ['会社名', '氏名', '電話番号', 'メールアドレス', '住所'],
    ['株式会社東京精機', '佐藤健', '+81 3-1234-5678', 'sato@tokyo-seiki.co.jp', '東京都港区芝公園4-2-8'],
    ['大阪商事株式会社', '鈴木花子', '+81 6-6123-4567', 'suzuki@osaka-shoji.co.jp', '大阪府大阪市北区梅田1-1'],
    ['名古屋工業株式会社', '高橋一郎', '+81 52-123-4567', 'takahashi@nagoya-kogyo.co.jp', '愛知県名古屋市中村区名駅1丁目'],
]).encode('shift_jis'),
    {'target': 'customers', 'format_contains': 'Shift_JIS', 'customers': 3, 'contacts': 3, 'rejected': 0, 'records': [
        {'customer': '株式会社東京精機', 'address': '東京都港区芝公園4-2-8'},
        {'contact': '佐藤健', 'at': '株式会社東京精機', 'channels': ['+81312345678', 'sato@tokyo-seiki.co.jp']},
        {'contact': '鈴木花子', 'at': '大阪商事株式会社'}]})

case('euc_kr_korea.csv', csv_rows([
    ['회사', '이름', '전화', '이메일'],
    ['서울무역주식회사', '김민수', '+82 2-1234-5678', 'minsu@seoul-trade.co.kr'],
    ['부산해운', '이지은', '+82 51-987-6543', 'jieun@busan-shipping.co.kr'],
    ['대구전자', '박서준', '+82 53-555-1234', 'seojun@daegu-elec.co.kr'],
]).encode('euc_kr'),
    {'target': 'customers', 'format_contains': 'EUC-KR', 'customers': 3, 'contacts': 3, 'rejected': 0, 'records': [
        {'contact': '김민수', 'at': '서울무역주식회사', 'channels': ['+82212345678', 'minsu@seoul-trade.co.kr']},
        {'contact': '이지은', 'at': '부산해운'}]})

case('windows1251_russia.csv', csv_rows([
    ['Компания', 'Контакт', 'Телефон', 'Email', 'Город'],
    ['ООО Сибирские Технологии', 'Иван Петров', '+7 383 123-45-67', 'petrov@sibtech.ru', 'Новосибирск'],
    ['АО Уральский Металл', 'Мария Смирнова', '+7 343 765-43-21', 'smirnova@uralmet.ru', 'Екатеринбург'],
    ['ЗАО Балтийская Торговля', 'Алексей Кузнецов', '+7 812 555-12-34', 'kuznetsov@baltrade.ru', 'Санкт-Петербург'],
]).encode('cp1251'),
    {'target': 'customers', 'encoding_uncertain': True, 'encoding': 'windows-1251', 'customers': 3, 'contacts': 3,
     'rejected': 0, 'records': [
        {'customer': 'ООО Сибирские Технологии', 'city': 'Новосибирск'},
        {'contact': 'Иван Петров', 'at': 'ООО Сибирские Технологии', 'channels': ['+73831234567', 'petrov@sibtech.ru']}]})

case('windows1252_europe.csv', csv_rows([
    ['Company', 'First Name', 'Last Name', 'Business Phone', 'E-mail Address', 'City'],
    ['Café Müller & Söhne', 'Zoë', 'Löwe', '+49 40 123456', 'zoe@cafe-mueller.de', 'Hamburg'],
    ['Crème Brûlée SARL', 'Hélène', 'Dupré', '+33 4 91 12 34 56', 'helene@creme-brulee.fr', 'Marseille'],
    ['Señor Niño S.A.', 'José', 'Muñoz', '+34 93 123 45 67', 'jose@senor-nino.es', 'Barcelona'],
]).encode('cp1252'),
    {'target': 'customers', 'format_contains': 'windows-1252', 'customers': 3, 'contacts': 3, 'rejected': 0, 'records': [
        {'customer': 'Café Müller & Söhne', 'city': 'Hamburg'}, {'contact': 'Zoë Löwe', 'at': 'Café Müller & Söhne'},
        {'contact': 'Hélène Dupré', 'at': 'Crème Brûlée SARL'}, {'contact': 'José Muñoz', 'at': 'Señor Niño S.A.'}]})

case('excel_unicode_text_utf16.txt', b'\xff\xfe' + crlf(
    '客户名称\t联系人\t手机\t城市\n'
    '西安古都文化传媒\t马骏\t18629001234\t西安\n'
    '青岛海滨食品有限公司\t于海\t13706391234\t青岛\n').encode('utf-16-le'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '西安古都文化传媒', 'city': '西安'}, {'contact': '马骏', 'at': '西安古都文化传媒', 'channels': ['+8618629001234']},
        {'contact': '于海', 'at': '青岛海滨食品有限公司'}]})

case('excel_csv_utf16le_no_bom.csv', crlf(
    '客户名称,联系人,手机\n福州闽江茶叶,林涛,13905001234\n厦门鹭岛贸易,郑丽,13806001234\n').encode('utf-16-le'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'contact': '林涛', 'at': '福州闽江茶叶'}, {'contact': '郑丽', 'at': '厦门鹭岛贸易'}]})

case('multiline_notes_and_quotes.csv', csv_rows([
    ['客户名称', '联系人', '手机', '备注'],
    ['天津港口机械有限公司', '何伟', '13602001234', '第一行\n第二行，有"引号"\n第三行'],
    ['大连海鲜进出口公司', '宋佳', '13504111234', ''],
]).encode('utf-8'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '天津港口机械有限公司', 'notes_contain': ['第二行，有"引号"\n第三行']}]})

case('rows_longer_than_header.csv', crlf(
    '客户名称,联系人,手机\n沈阳重工集团,韩冰,13904001234,多出来的值,还有一个\n长春汽车配件厂,邓超,13704301234\n').encode('utf-8'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '沈阳重工集团', 'notes_contain': ['多出来的值', '还有一个']}]})

case('blank_lines_between.csv', crlf(
    '客户名称,手机\n\n哈尔滨冰城贸易,13904511234\n,\n\n石家庄药业,13903111234\n\n').encode('utf-8'),
    {'target': 'customers', 'customers': 2, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '哈尔滨冰城贸易', 'phone': '139 0451 1234'}, {'customer': '石家庄药业'}]})

case('private_people_share_public_domains.csv', csv_rows([
    ['姓名', '手机', '邮箱', '网站'],
    ['张伟', '13800000001', 'zhangwei@gmail.com', ''],
    ['王伟', '13800000002', 'wangwei@gmail.com', ''],
    ['李娜', '13800000003', 'lina@qq.com', ''],
    ['刘洋', '13800000004', 'liuyang@qq.com', ''],
    ['陈静', '13800000005', 'chenjing@163.com', ''],
    ['杨丽', '13800000006', 'yangli@126.com', ''],
    ['赵强', '13800000007', 'zhaoqiang@outlook.com', ''],
    ['黄敏', '13800000008', 'huangmin@family-huang.net', 'https://family-huang.net'],
    ['黄军', '13800000009', 'huangjun@family-huang.net', 'https://family-huang.net'],
]).encode('utf-8'),
    {'target': 'customers', 'customers': 9, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '张伟', 'kind': 'consumer'}, {'customer': '王伟'}, {'customer': '李娜'}, {'customer': '刘洋'},
        {'customer': '陈静'}, {'customer': '杨丽'}, {'customer': '赵强'}, {'customer': '黄敏'}, {'customer': '黄军'}]})

case('companies_share_their_domain.csv', csv_rows([
    ['公司', '公司邮箱', '联系人'],
    ['华星光电技术有限公司', 'sales@csot-example.com', '任一'],
    ['华星光电（深圳）', 'service@csot-example.com', '任二'],
]).encode('utf-8'),
    {'target': 'customers', 'customers': 1, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '华星光电技术有限公司', 'email': 'sales@csot-example.com'}, {'contact': '任一', 'at': '华星光电技术有限公司'},
        {'contact': '任二', 'at': '华星光电技术有限公司'}]})

case('leads_from_a_fair.csv', csv_rows([
    ['姓名', '公司', '手机', '电话', '邮箱', '来源', '展位号'],
    ['罗明', '苏州纳米材料', '13962001234', '0512-62001234', 'luoming@sz-nano.cn', '展会', 'A12'],
    ['方芳', '', 'pager', '13962005678', '', '展会', 'B07'],
]).encode('utf-8'),
    {'target': 'leads', 'customers': 0, 'contacts': 0, 'leads': 2, 'rejected': 0, 'records': []})

case('evolution.csv', csv_rows([
    ['Given name', 'Family name', 'Full name', 'Nickname', 'Primary email', 'Email 2', 'Email 3', 'Business phone',
     'Business phone 2', 'Business fax', 'Home phone', 'Mobile phone', 'Company', 'Title', 'Business city', 'Notes'],
    ['Olga', 'Novak', 'Olga Novak', '', 'olga@novak-print.cz', '', '', '+420 224 123 456', '', '', '',
     '+420 601 123 456', 'Novak Print s.r.o.', 'Owner', 'Praha', ''],
]).encode('utf-8'),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': 'Novak Print s.r.o.', 'city': 'Praha'},
        {'contact': 'Olga Novak', 'at': 'Novak Print s.r.o.', 'title': 'Owner',
         'channels': ['+420224123456', '+420601123456', 'olga@novak-print.cz']}]})

case('guanxi_own_export.csv', csv_rows([
    ['客户名称', '简称', '客户类型', '重要程度', '省份', '城市', '行业', '公司电话', '标签', '负责人'],
    ['郑州中原机械', '中原机械', 'business', 'important', '河南', '郑州', '机械', '0371-65551234', '华中', 'sales1'],
]).encode('utf-8-sig'),
    {'target': 'customers', 'customers': 1, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '郑州中原机械', 'region': '河南', 'city': '郑州', 'industry': '机械', 'phone': '0371-65551234', 'tags': ['华中']}]})

case('kde_40_impp.vcf', crlf(
    'BEGIN:VCARD\nVERSION:4.0\nFN:冯涛\nN:冯;涛;;;\nORG:济南泉城软件\nIMPP:qq:12345678\nIMPP:weixin:wx_fengtao88\n'
    'TEL;TYPE=cell:13705311234\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': '冯涛', 'at': '济南泉城软件', 'channels': ['+8613705311234', '12345678', 'wx_fengtao88']}]})

PHOTO = 'PHOTO;ENCODING=BASE64;TYPE=JPEG:' + '/9j/4AAQSkZJRgABAQEASABIAAD' * 3 + '\n' + ''.join(
    ' ' + 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAx' + '\n' for _ in range(40)) + '\n'
case('android_21_photo.vcf', crlf(
    'BEGIN:VCARD\nVERSION:2.1\nN:Xu;Jing\nFN:Xu Jing\nORG:Photo Studio Ltd\n' + PHOTO +
    'TEL;CELL:13866667777\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Xu Jing', 'at': 'Photo Studio Ltd', 'channels': ['+8613866667777']}]})

case('wps_tab_separated_gb18030.txt', crlf(
    '客户名称\t联系人\t手机\t地址\n'
    '合肥徽商建设集团\t程亮\t13955123456\t蜀山区长江西路99号\n'
    '南昌赣江物流\t熊伟\t13907912345\t红谷滩新区\n').encode('gb18030'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '合肥徽商建设集团', 'address': '蜀山区长江西路99号'}, {'contact': '熊伟', 'at': '南昌赣江物流'}]})

case('excel_scientific_phones.csv', csv_rows([
    ['客户名称', '联系人', '手机'],
    ['昆明春城花卉', '段誉', '1.38001E+10'],
    ['贵阳黔灵茶业', '乔峰', '13985012345'],
]).encode('gb18030'),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'unverified': 1, 'records': [
        {'contact': '段誉', 'at': '昆明春城花卉', 'notes_contain': ['1.38001E+10']},
        {'contact': '乔峰', 'at': '贵阳黔灵茶业', 'channels': ['+8613985012345']}]})

case('cn_birthday_forms.csv', csv_rows([
    ['客户名称', '联系人', '生日'],
    ['兰州丝路贸易', '甲', '1985/3/21'], ['兰州丝路贸易', '乙', '1985年3月21日'], ['兰州丝路贸易', '丙', '3月21日'],
    ['兰州丝路贸易', '丁', '19850321'], ['兰州丝路贸易', '戊', '1985-03-21 00:00:00'],
]).encode('utf-8'),
    {'target': 'customers', 'customers': 1, 'contacts': 5, 'rejected': 0, 'unverified': 0, 'records': [
        {'contact': '甲', 'birthday': '1985-03-21'}, {'contact': '乙', 'birthday': '1985-03-21'},
        {'contact': '丙', 'birthday': '--03-21'}, {'contact': '丁', 'birthday': '1985-03-21'},
        {'contact': '戊', 'birthday': '1985-03-21'}]})

case('several_numbers_in_one_cell.csv', csv_rows([
    ['客户名称', '联系人', '手机', '邮箱'],
    ['太原晋商银号', '白展堂', '13800138000;13900139000', 'bai@jinshang.cn, bzt@jinshang.cn'],
]).encode('utf-8'),
    {'target': 'customers', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': '白展堂', 'at': '太原晋商银号', 'mobiles': ['+8613800138000', '+8613900139000'],
         'channels': ['bai@jinshang.cn', 'bzt@jinshang.cn']}]})

case('leads_english_crm.csv', csv_rows([
    ['Lead Name', 'Company', 'Phone', 'Email', 'Lead Source', 'Rating'],
    ['Peter Parker', 'Daily Bugle', '+1 212 555 0175', 'peter@dailybugle.example', 'Web', 'Hot'],
    ['', 'Stark Industries', '+1 212 970 4133', '', 'Trade show', ''],
]).encode('utf-8'),
    {'target': 'leads', 'customers': 0, 'contacts': 0, 'leads': 2, 'rejected': 0, 'records': []})

case('vcard_30_categories_and_url.vcf', crlf(
    'BEGIN:VCARD\nVERSION:3.0\nFN:宋江\nN:宋;江;;;\nORG:梁山贸易有限公司\nURL:https://liangshan-trade.example\n'
    'CATEGORIES:供应商,山东\nTEL;TYPE=WORK,VOICE:0530-1234567\nEND:VCARD\n').encode(),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': '梁山贸易有限公司', 'website': 'https://liangshan-trade.example'},
        {'contact': '宋江', 'at': '梁山贸易有限公司', 'channels': ['+865301234567']}]})


# ----------------------------------------------------------------- XLSX ----

def col_name(c):
    out = ''
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        out = chr(65 + r) + out
    return out


def xlsx(sheets, active=0, inline=False):
    """sheets: [(name, rows, merges, state)]; a row is a list of cells: str, int, float,
    ('date', serial), ('emptyv',) for <v/>, or None. Rows are numbered from 1 unless a row is
    given as (row_number, cells)."""
    shared, index = [], {}

    def sst(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    parts = {}
    for n, (name, rows, merges, state) in enumerate(sheets, 1):
        xml_rows = []
        for i, row in enumerate(rows, 1):
            number, cells = row if isinstance(row, tuple) else (i, row)
            cs = []
            for c, v in enumerate(cells):
                ref = col_name(c) + str(number)
                if v is None:
                    continue
                if isinstance(v, tuple) and v[0] == 'date':
                    cs.append('<c r="%s" s="1"><v>%s</v></c>' % (ref, v[1]))
                elif isinstance(v, tuple) and v[0] == 'emptyv':
                    cs.append('<c r="%s" t="s"><v/></c>' % ref)
                elif isinstance(v, (int, float)):
                    cs.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                elif inline:
                    cs.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml(v)))
                else:
                    cs.append('<c r="%s" t="s"><v>%d</v></c>' % (ref, sst(v)))
            xml_rows.append('<row r="%d">%s</row>' % (number, ''.join(cs)))
        merged = ''
        if merges:
            merged = '<mergeCells count="%d">%s</mergeCells>' % (len(merges), ''.join('<mergeCell ref="%s"/>' % m for m in merges))
        parts['xl/worksheets/sheet%d.xml' % n] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>%s</sheetData>%s</worksheet>' % (''.join(xml_rows), merged))
    sheet_list = ''.join('<sheet name="%s" sheetId="%d" %sr:id="rId%d"/>' % (xml(nm), n, ('state="%s" ' % st) if st else '', n)
                         for n, (nm, _r, _m, st) in enumerate(sheets, 1))
    parts['xl/workbook.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<bookViews><workbookView activeTab="%d"/></bookViews><sheets>%s</sheets></workbook>' % (active, sheet_list))
    rels = ''.join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                   'Target="worksheets/sheet%d.xml"/>' % (n, n) for n in range(1, len(sheets) + 1))
    k = len(sheets)
    rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
             'Target="sharedStrings.xml"/>' % (k + 1))
    rels += ('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
             'Target="styles.xml"/>' % (k + 2))
    parts['xl/_rels/workbook.xml.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % rels)
    parts['xl/sharedStrings.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (len(shared), len(shared), ''.join('<si><t xml:space="preserve">%s</t></si>' % xml(t) for t in shared)))
    parts['xl/styles.xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
        '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs></styleSheet>')
    parts['[Content_Types].xml'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + ''.join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n
                  for n in range(1, len(sheets) + 1)) + '</Types>')
    parts['_rels/.rels'] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>')
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in ['[Content_Types].xml', '_rels/.rels'] + sorted(k for k in parts if k not in ('[Content_Types].xml', '_rels/.rels')):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[name])
    return buf.getvalue()


case('cn_template_with_title_rows.xlsx', xlsx([('客户导入', [
    ['客户信息导入模板'],
    ['说明：带*的列必须填写，手机号码为11位'],
    ['*客户名称', '客户级别', '客户来源', '*联系人姓名', '手机号码', '座机', '邮箱'],
    ['佛山陶瓷实业有限公司', '重要', '展会', '梁志', 13802612345, '0757-82201234', 'liangzhi@fs-ceramic.cn'],
    ['东莞电子配件厂', '普通', '电话营销', '叶青', 13712801234, None, None],
], ['A1:G1', 'A2:G2'], None)]),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '佛山陶瓷实业有限公司', 'source': '展会'},
        {'contact': '梁志', 'at': '佛山陶瓷实业有限公司', 'channels': ['+8613802612345', '+8675782201234', 'liangzhi@fs-ceramic.cn']},
        {'contact': '叶青', 'at': '东莞电子配件厂', 'channels': ['+8613712801234']}]})

case('cn_two_row_header.xlsx', xlsx([('Sheet1', [
    ['客户信息', None, None, '联系人信息', None, None],
    ['客户名称', '客户级别', '所属行业', '姓名', '手机', '邮箱'],
    ['宁波港务物流', '贵宾', '物流', '邵强', '13957412345', 'shaoqiang@nb-port.cn'],
], ['A1:C1', 'D1:F1'], None)]),
    {'target': 'customers', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'customer': '宁波港务物流', 'industry': '物流'},
        {'contact': '邵强', 'at': '宁波港务物流', 'channels': ['+8613957412345', 'shaoqiang@nb-port.cn']}]})

case('company_merged_over_its_contacts.xlsx', xlsx([('客户', [
    ['客户名称', '联系人', '职务', '手机'],
    ['无锡太湖纺织集团', '钱江', '总经理', '13901511111'],
    [None, '孙丽', '采购', '13901512222'],
    [None, '周明', '财务', '13901513333'],
    ['常州龙城机电', '许辉', '厂长', '13901514444'],
], ['A2:A4'], None)]),
    {'target': 'customers', 'customers': 2, 'contacts': 4, 'rejected': 0, 'records': [
        {'contact': '钱江', 'at': '无锡太湖纺织集团', 'title': '总经理'}, {'contact': '孙丽', 'at': '无锡太湖纺织集团'},
        {'contact': '周明', 'at': '无锡太湖纺织集团', 'title': '财务'}, {'contact': '许辉', 'at': '常州龙城机电'}]})

case('instructions_sheet_first_data_active.xlsx', xlsx([
    ('填写说明', [['1. 客户名称必填'], ['2. 手机号码为11位数字'], ['3. 客户级别：普通、重要、贵宾']], [], None),
    ('客户数据', [['客户名称', '手机'], ['温州鞋业有限公司', '13957712345'], ['台州汽配城', '13957612345']], [], None),
], active=1),
    {'target': 'customers', 'format_contains': '客户数据', 'customers': 2, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '温州鞋业有限公司', 'phone': '139 5771 2345'}, {'customer': '台州汽配城'}]})

case('empty_first_sheet.xlsx', xlsx([
    ('Sheet1', [], [], None),
    ('Sheet2', [['公司名称', '电话'], ['绍兴黄酒集团', '0575-85121234']], [], None),
]),
    {'target': 'customers', 'format_contains': 'Sheet2', 'customers': 1, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '绍兴黄酒集团', 'phone': '0575-85121234'}]})

case('hidden_sheet_first.xlsx', xlsx([
    ('字典', [['级别'], ['普通'], ['重要'], ['贵宾']], [], 'hidden'),
    ('客户', [['客户名称', '客户级别'], ['湖州丝绸之府', '重要']], [], None),
]),
    {'target': 'customers', 'format_contains': '客户', 'customers': 1, 'contacts': 0, 'rejected': 0, 'records': [
        {'customer': '湖州丝绸之府'}]})

case('inline_strings_and_empty_values.xlsx', xlsx([('Sheet1', [
    ['客户名称', '联系人', '手机', '备注'],
    ['嘉兴南湖电子', '沈冰', 13857312345, ('emptyv',)],
    ['金华火腿食品', '楼兰', 13857912345.0, '老客户'],
], [], None)], inline=True),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'contact': '沈冰', 'at': '嘉兴南湖电子', 'channels': ['+8613857312345']},
        {'customer': '金华火腿食品', 'notes_contain': ['老客户']},
        {'contact': '楼兰', 'at': '金华火腿食品', 'channels': ['+8613857912345']}]})

case('dates_stored_as_numbers.xlsx', xlsx([('Sheet1', [
    ['客户名称', '联系人', '生日'],
    ['舟山海洋渔业', '陆海', ('date', 31127)],
    ['丽水山耕农业', '叶山', '1990-05-20'],
], [], None)]),
    {'target': 'customers', 'customers': 2, 'contacts': 2, 'rejected': 0, 'unverified': 0, 'records': [
        {'contact': '陆海', 'birthday': '1985-03-21'}, {'contact': '叶山', 'birthday': '1990-05-20'}]})

case('apple_numbers_table_title.xlsx', xlsx([('Contacts', [
    ['Table 1'],
    ['First name', 'Last name', 'Company', 'Mobile', 'Email'],
    ['Grace', 'Hopper', 'Navy Computing Lab', '+1 703 555 0144', 'grace@navy-lab.example'],
], ['A1:E1'], None)]),
    {'target': 'contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Grace Hopper', 'at': 'Navy Computing Lab', 'channels': ['+17035550144', 'grace@navy-lab.example']}]})


# ------------------------------------------------------------------ XLS ----
# Excel 97-2003 (BIFF8) in a compound file, as old CRMs and Excel 2003 save it.
import struct


def biff_record(rtype, data=b''):
    return struct.pack('<HH', rtype, len(data)) + data


def xls(sheets):
    """sheets: [(name, rows)]; a cell: str, int/float, ('date', serial) or None."""
    strings, index = [], {}

    def sst(t):
        if t not in index:
            index[t] = len(strings)
            strings.append(t)
        return index[t]

    bodies = []
    for name, rows in sheets:
        cells = b''
        width = max((len(r) for r in rows), default=0)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                if v is None:
                    continue
                if isinstance(v, tuple):
                    cells += biff_record(0x0203, struct.pack('<HHHd', r, c, 16, float(v[1])))   # XF 16: a date
                elif isinstance(v, (int, float)):
                    cells += biff_record(0x0203, struct.pack('<HHHd', r, c, 15, float(v)))
                else:
                    cells += biff_record(0x00FD, struct.pack('<HHHI', r, c, 15, sst(v)))
        body = (biff_record(0x0809, struct.pack('<HHHHII', 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
                + biff_record(0x0200, struct.pack('<IIHHH', 0, len(rows), 0, width, 0)) + cells + biff_record(0x000A))
        bodies.append(body)

    def xl_string(t):
        u = t.encode('utf-16-le')
        return struct.pack('<HB', len(u) // 2, 1) + u

    sst_data = struct.pack('<II', len(strings), len(strings)) + b''.join(xl_string(t) for t in strings)
    xf = lambda fmt: biff_record(0x00E0, struct.pack('<HHH', 0, fmt, 0xFFF5 if fmt == 0 else 0x0001) + b'\0' * 14)
    font = biff_record(0x0031, struct.pack('<HHHHHBBBB', 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + struct.pack('<BB', 5, 1) + 'Arial'.encode('utf-16-le'))
    head = (biff_record(0x0809, struct.pack('<HHHHII', 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
            + biff_record(0x0042, struct.pack('<H', 1200))
            + biff_record(0x003D, struct.pack('<HHHHHHHHH', 0, 0, 0x3000, 0x2000, 0x38, 0, 0, 1, 0x258))
            + font * 5 + b''.join(xf(0) for _ in range(15)) + xf(0) + xf(14))
    # Old writers leave room (WRITEACCESS holds the user's name, padded); it also keeps the stream
    # above the compound file's 4 KB mini-stream limit, which this writer does not handle.
    pad = biff_record(0x005C, b'\x04\x00\x00Guanxi' + b' ' * 103) * 40
    tail_fixed = pad + biff_record(0x00FC, sst_data) + biff_record(0x000A)

    def sheet_records(offsets):
        out = b''
        for (name, _rows), off in zip(sheets, offsets):
            u = name.encode('utf-16-le')
            out += biff_record(0x0085, struct.pack('<IBBBB', off, 0, 0, len(u) // 2, 1) + u)
        return out

    globals_len = len(head) + len(sheet_records([0] * len(sheets))) + len(tail_fixed)
    offsets, at = [], globals_len
    for b in bodies:
        offsets.append(at)
        at += len(b)
    stream = head + sheet_records(offsets) + tail_fixed + b''.join(bodies)
    assert len(stream) >= 4096

    # Compound file: the stream's sectors, one directory sector, one FAT sector.
    sector = 512
    data = stream + b'\0' * (-len(stream) % sector)
    n = len(data) // sector
    assert n + 2 <= 128
    fat = list(range(1, n)) + [0xFFFFFFFE, 0xFFFFFFFE, 0xFFFFFFFD]
    fat += [0xFFFFFFFF] * (128 - len(fat))

    def entry(name, etype, child, start, size):
        u = (name + '\0').encode('utf-16-le')
        return (u + b'\0' * (64 - len(u)) + struct.pack('<HBB', len(u), etype, 1)
                + struct.pack('<III', 0xFFFFFFFF, 0xFFFFFFFF, child) + b'\0' * 16 + struct.pack('<I', 0)
                + b'\0' * 16 + struct.pack('<IIII', start, size, 0, 0)[:12])

    directory = (entry('Root Entry', 5, 1, 0xFFFFFFFE, 0) + entry('Workbook', 2, 0xFFFFFFFF, 0, len(stream))
                 + b'\0' * 256)
    header = (b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + b'\0' * 16 + struct.pack('<HHHHH', 0x3E, 3, 0xFFFE, 9, 6)
              + b'\0' * 6 + struct.pack('<IIIIIIIII', 0, 1, n, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0)
              + struct.pack('<I', n + 1) + b'\xff' * (4 * 108))
    assert len(header) == 512 and len(directory) == 512
    return header + data + directory + struct.pack('<128I', *fat)


case('old_crm_excel_2003.xls', xls([('客户列表', [
    ['客户名称', '联系人', '手机', '电话', '省份', '城市', '生日'],
    ['烟台苹果种植合作社', '孔亮', 13905351234, '0535-6661234', '山东', '烟台', ('date', 31127)],
    ['威海渔具制造厂', '曲波', 13906311234, None, '山东', '威海', None],
])]),
    {'target': 'customers', 'format_contains': 'XLS', 'customers': 2, 'contacts': 2, 'rejected': 0, 'records': [
        {'customer': '烟台苹果种植合作社', 'region': '山东', 'city': '烟台'},
        {'contact': '孔亮', 'at': '烟台苹果种植合作社', 'birthday': '1985-03-21', 'channels': ['+8613905351234', '+865356661234']},
        {'contact': '曲波', 'at': '威海渔具制造厂', 'channels': ['+8613906311234']}]})

case('old_excel_second_sheet.xls', xls([
    ('Sheet1', []),
    ('Contacts', [['Company', 'First Name', 'Last Name', 'E-mail Address'], ['Wayne Enterprises', 'Lucius', 'Fox', 'lucius@wayne.example']]),
]),
    {'target': 'contacts', 'format_contains': 'Contacts', 'customers': 1, 'contacts': 1, 'rejected': 0, 'records': [
        {'contact': 'Lucius Fox', 'at': 'Wayne Enterprises', 'channels': ['lucius@wayne.example']}]})


if __name__ == '__main__':
    write_all()
