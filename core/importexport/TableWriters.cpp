// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/importexport/TableWriters.h"

#include "core/importexport/CsvReader.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <xlsxwriter.h>

namespace guanxi {

namespace {

Error writeError(const QString &path, const QString &why)
{
    return {ErrorCode::Storage, TableWriters::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why), {}};
}

bool isEmptyValue(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

// A date cell's day: a QDate, or text in ISO form ("2026-12-01"); invalid for anything else (a
// birthday written "--05-03" stays text).
QDate dayOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime momentOf(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toLocalTime();
    const qint64 ms = v.toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime() : QDateTime();
}

// A value as a CSV field: figures plain, so that a spreadsheet reads them as numbers.
qint64 powerOfTen(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

QString csvText(const TableColumn &column, const QVariant &v)
{
    const CellKind kind = column.kind;
    if (isEmptyValue(v))
        return {};
    switch (kind) {
    case CellKind::Integer:
        return QString::number(v.toLongLong());
    case CellKind::Number:
        return QString::number(v.toDouble(), 'f', 2);
    case CellKind::Money: {
        const qint64 minor = v.toLongLong();
        const quint64 magnitude = minor < 0 ? 0 - static_cast<quint64>(minor) : static_cast<quint64>(minor);
        const auto scale = static_cast<quint64>(powerOfTen(column.minorDigits));
        QString text = (minor < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / scale);
        if (column.minorDigits > 0)
            text += QLatin1Char('.')
                + QStringLiteral("%1").arg(magnitude % scale, column.minorDigits, 10, QLatin1Char('0'));
        return text;
    }
    case CellKind::Percent:
        return QString::number(v.toDouble() * 100.0, 'f', 1) + QLatin1Char('%');
    case CellKind::Date: {
        const QDate d = dayOf(v);
        return d.isValid() ? d.toString(Qt::ISODate) : v.toString();
    }
    case CellKind::DateTime: {
        const QDateTime t = momentOf(v);
        return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    case CellKind::Text:
        break;
    }
    return v.toString();
}

class CsvWriter final : public TableWriter {
public:
    explicit CsvWriter(const QString &path)
        : m_file(path)
    {
    }

    Status header(const QList<TableColumn> &columns) override
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return writeError(m_file.fileName(), m_file.errorString());
        m_file.write("\xEF\xBB\xBF");
        QStringList names;
        for (const TableColumn &c : columns)
            names.append(c.header);
        m_columns = columns;
        return line(names);
    }
    Status row(const QVariantList &values) override
    {
        QStringList fields;
        for (qsizetype c = 0; c < values.size(); ++c)
            fields.append(csvText(m_columns.value(c), values.at(c)));
        return line(fields);
    }
    Status finish() override
    {
        if (!m_file.commit())
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }

private:
    Status line(const QStringList &fields)
    {
        if (m_file.write(CsvReader::formatRecord(fields).toUtf8() + "\r\n") < 0)
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }

    QSaveFile m_file;
    QList<TableColumn> m_columns;
};

// libxlsxwriter writes straight to a path; it writes a temporary file that replaces the target
// only when complete.
class XlsxWriter final : public TableWriter {
public:
    explicit XlsxWriter(const QString &path)
        : m_path(path)
        , m_temp(path + QStringLiteral(".part"))
    {
    }
    ~XlsxWriter() override
    {
        if (m_book) {
            workbook_close(m_book);
            QFile::remove(m_temp);
        }
    }

    Status header(const QList<TableColumn> &columns) override
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows go to disk as they come
        m_book = workbook_new_opt(QFile::encodeName(m_temp).constData(), &options);
        if (!m_book)
            return writeError(m_path, TableWriters::tr("the file cannot be created"));
        m_sheet = workbook_add_worksheet(m_book, nullptr);
        lxw_format *bold = workbook_add_format(m_book);
        format_set_bold(bold);
        worksheet_freeze_panes(m_sheet, 1, 0);
        for (const TableColumn &c : columns) {
            m_kinds.append(c.kind);
            m_scales.append(static_cast<double>(powerOfTen(c.minorDigits)));
            m_formats.append(formatFor(c));
        }
        m_columns = static_cast<int>(columns.size());
        for (int c = 0; c < m_columns; ++c)
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                 m_kinds[c] == CellKind::DateTime ? 17 : 16, nullptr);
        for (int c = 0; c < m_columns; ++c)
            if (Status s = check(worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c),
                                                        columns[c].header.toUtf8().constData(), bold));
                !s)
                return s;
        ++m_rows;
        return {};
    }
    Status row(const QVariantList &values) override
    {
        const auto at = static_cast<lxw_row_t>(m_rows);
        for (int c = 0; c < values.size(); ++c) {
            const QVariant &v = values.at(c);
            if (isEmptyValue(v))
                continue;
            const auto col = static_cast<lxw_col_t>(c);
            const CellKind kind = m_kinds.value(c, CellKind::Text);
            lxw_format *format = m_formats.value(c, nullptr);
            lxw_error e = LXW_NO_ERROR;
            switch (kind) {
            case CellKind::Integer:
                e = worksheet_write_number(m_sheet, at, col, static_cast<double>(v.toLongLong()), format);
                break;
            case CellKind::Number:
            case CellKind::Percent:
                e = worksheet_write_number(m_sheet, at, col, v.toDouble(), format);
                break;
            case CellKind::Money:
                // Minor units to yuan: exact for every amount below 2^53 fen.
                e = worksheet_write_number(m_sheet, at, col,
                                           static_cast<double>(v.toLongLong()) / m_scales.value(c, 100.0), format);
                break;
            case CellKind::Date: {
                const QDate d = dayOf(v);
                if (d.isValid()) {
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    e = worksheet_write_datetime(m_sheet, at, col, &dt, format);
                } else {
                    e = worksheet_write_string(m_sheet, at, col, v.toString().toUtf8().constData(), nullptr);
                }
                break;
            }
            case CellKind::DateTime: {
                const QDateTime t = momentOf(v);
                if (!t.isValid())
                    continue;
                lxw_datetime dt{t.date().year(), t.date().month(),  t.date().day(),
                                t.time().hour(), t.time().minute(), static_cast<double>(t.time().second())};
                e = worksheet_write_datetime(m_sheet, at, col, &dt, format);
                break;
            }
            case CellKind::Text:
                e = worksheet_write_string(m_sheet, at, col, v.toString().toUtf8().constData(), nullptr);
                break;
            }
            if (Status s = check(e); !s)
                return s;
        }
        ++m_rows;
        return {};
    }
    Status finish() override
    {
        if (m_rows > 1)
            worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_rows - 1),
                                 static_cast<lxw_col_t>(m_columns - 1));
        const lxw_error e = workbook_close(m_book);
        m_book = nullptr;
        if (e != LXW_NO_ERROR) {
            QFile::remove(m_temp);
            return writeError(m_path, QString::fromUtf8(lxw_strerror(e)));
        }
        QFile::remove(m_path);
        if (!QFile::rename(m_temp, m_path))
            return writeError(m_path, TableWriters::tr("the finished file cannot be moved into place"));
        return {};
    }

private:
    lxw_format *formatFor(const TableColumn &column)
    {
        const char *pattern = nullptr;
        switch (column.kind) {
        case CellKind::Integer:
            pattern = "0";
            break;
        case CellKind::Money:
            pattern = column.minorDigits == 0 ? "#,##0" : "#,##0.00";
            break;
        case CellKind::Number:
            pattern = "#,##0.00";
            break;
        case CellKind::Percent:
            pattern = "0.0%";
            break;
        case CellKind::Date:
            pattern = "yyyy-mm-dd";
            break;
        case CellKind::DateTime:
            pattern = "yyyy-mm-dd hh:mm";
            break;
        case CellKind::Text:
            return nullptr;
        }
        lxw_format *f = workbook_add_format(m_book);
        format_set_num_format(f, pattern);
        return f;
    }
    Status check(lxw_error e) const
    {
        if (e != LXW_NO_ERROR)
            return writeError(m_path, QString::fromUtf8(lxw_strerror(e)));
        return {};
    }

    QString m_path;
    QString m_temp;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    QList<CellKind> m_kinds;
    QList<lxw_format *> m_formats;
    QList<double> m_scales; // Money: minor units per major unit
    int m_columns = 0;
    qint64 m_rows = 0;
};

} // namespace

Result<std::unique_ptr<TableWriter>> TableWriter::forPath(const QString &path)
{
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("csv"))
        return std::unique_ptr<TableWriter>(new CsvWriter(path));
    if (ext == QLatin1String("xlsx"))
        return std::unique_ptr<TableWriter>(new XlsxWriter(path));
    return Error{
        ErrorCode::Invalid,
        TableWriters::tr("Guanxi exports lists as .csv or .xlsx; %1 is neither.").arg(QFileInfo(path).fileName()),
        {}};
}

} // namespace guanxi
