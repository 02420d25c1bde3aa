// SPDX-License-Identifier: GPL-3.0-or-later
#include "importexport/TableWriters.h"

#include "importexport/CsvReader.h"

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

class CsvWriter final : public TableWriter {
public:
    explicit CsvWriter(const QString &path) : m_file(path) {}

    Status header(const QStringList &columns) override
    {
        if (!m_file.open(QIODevice::WriteOnly))
            return writeError(m_file.fileName(), m_file.errorString());
        m_file.write("\xEF\xBB\xBF");
        return row(columns);
    }
    Status row(const QStringList &values) override
    {
        if (m_file.write(CsvReader::formatRecord(values).toUtf8() + "\r\n") < 0)
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }
    Status finish() override
    {
        if (!m_file.commit())
            return writeError(m_file.fileName(), m_file.errorString());
        return {};
    }

private:
    QSaveFile m_file;
};

// libxlsxwriter writes straight to a path; it writes a temporary file that replaces the target
// only when complete.
class XlsxWriter final : public TableWriter {
public:
    explicit XlsxWriter(const QString &path) : m_path(path), m_temp(path + QStringLiteral(".part")) {}
    ~XlsxWriter() override
    {
        if (m_book) {
            workbook_close(m_book);
            QFile::remove(m_temp);
        }
    }

    Status header(const QStringList &columns) override
    {
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE;   // rows go to disk as they come
        m_book = workbook_new_opt(QFile::encodeName(m_temp).constData(), &options);
        if (!m_book)
            return writeError(m_path, TableWriters::tr("the file cannot be created"));
        m_sheet = workbook_add_worksheet(m_book, nullptr);
        m_bold = workbook_add_format(m_book);
        format_set_bold(m_bold);
        worksheet_freeze_panes(m_sheet, 1, 0);
        m_columns = static_cast<int>(columns.size());
        for (int c = 0; c < m_columns; ++c)
            worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), 16, nullptr);
        return write(columns, m_bold);
    }
    Status row(const QStringList &values) override { return write(values, nullptr); }
    Status finish() override
    {
        if (m_rows > 1)
            worksheet_autofilter(m_sheet, 0, 0, static_cast<lxw_row_t>(m_rows - 1), static_cast<lxw_col_t>(m_columns - 1));
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
    Status write(const QStringList &values, lxw_format *format)
    {
        for (int c = 0; c < values.size(); ++c) {
            if (values.at(c).isEmpty())
                continue;
            const QByteArray utf8 = values.at(c).toUtf8();
            const lxw_error e = worksheet_write_string(m_sheet, static_cast<lxw_row_t>(m_rows), static_cast<lxw_col_t>(c),
                                                       utf8.constData(), format);
            if (e != LXW_NO_ERROR)
                return writeError(m_path, QString::fromUtf8(lxw_strerror(e)));
        }
        ++m_rows;
        return {};
    }

    QString m_path;
    QString m_temp;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
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
    return Error{ErrorCode::Invalid,
                 TableWriters::tr("Guanxi exports lists as .csv or .xlsx; %1 is neither.").arg(QFileInfo(path).fileName()), {}};
}

} // namespace guanxi
