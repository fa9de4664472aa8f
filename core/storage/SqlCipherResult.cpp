#include "storage/SqlCipherResult.h"

#include "storage/SqlCipherDriver.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <limits>
#include <sqlcipher/sqlite3.h>

namespace creditcase::storage {

namespace {

// Qt 6's QVariant::isNull() is false for a QVariant holding a null QString or QByteArray; for binding, those
// mean SQL NULL, as with Qt's own drivers.
bool isNullForBinding(const QVariant& value) {
    if (!value.isValid() || value.isNull()) {
        return true;
    }
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* stmt, int index, const QString& text) {
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT,
                               SQLITE_UTF8);
}

// Returns an SQLite result code; SQLITE_MISMATCH for a value no SQLite storage class can hold.
int bindOne(sqlite3_stmt* stmt, int index, const QVariant& value) {
    if (isNullForBinding(value)) {
        return sqlite3_bind_null(stmt, index);
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong number = value.toULongLong();
        if (number > qulonglong(std::numeric_limits<qint64>::max())) {
            return SQLITE_MISMATCH;
        }
        return sqlite3_bind_int64(stmt, index, qint64(number));
    }
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isEmpty()) {
            return sqlite3_bind_zeroblob(stmt, index, 0); // an empty blob, not NULL
        }
        return sqlite3_bind_blob64(stmt, index, bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QString:
        return bindText(stmt, index, value.toString());
    case QMetaType::QDateTime:
        return bindText(stmt, index, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(stmt, index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(stmt, index, value.toTime().toString(Qt::ISODateWithMs));
    default:
        if (value.canConvert<QString>()) {
            return bindText(stmt, index, value.toString());
        }
        return SQLITE_MISMATCH;
    }
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver) {
    if (driver) {
        driver->registerResult(this);
    }
}

SqlCipherResult::~SqlCipherResult() {
    finalizeStatement();
    // driver() is a guarded pointer: null once the driver is gone (it finalized us when it closed).
    if (const auto* cipherDriver = static_cast<const SqlCipherDriver*>(driver())) {
        cipherDriver->unregisterResult(this);
    }
}

QMetaType SqlCipherResult::declaredMetaType(const char* declaredType) {
    if (!declaredType) {
        return QMetaType();
    }
    const QByteArray type = QByteArray(declaredType).toUpper();
    if (type.contains("INT")) {
        return QMetaType::fromType<qlonglong>();
    }
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT")) {
        return QMetaType::fromType<QString>();
    }
    if (type.isEmpty() || type.contains("BLOB")) {
        return QMetaType::fromType<QByteArray>();
    }
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB")) {
        return QMetaType::fromType<double>();
    }
    return QMetaType::fromType<QString>();
}

QVariant SqlCipherResult::handle() const {
    return QVariant(QMetaType::fromType<sqlite3_stmt*>(), &m_stmt);
}

sqlite3* SqlCipherResult::connection() const {
    const auto* cipherDriver = static_cast<const SqlCipherDriver*>(driver());
    return cipherDriver ? cipherDriver->m_db : nullptr;
}

void SqlCipherResult::finalizeStatement() {
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_exhausted = true;
    m_lookahead.reset();
}

bool SqlCipherResult::isStepping() const {
    return m_stmt && sqlite3_stmt_busy(m_stmt);
}

void SqlCipherResult::clearRows() {
    m_rows.clear();
    m_current.clear();
    m_lookahead.reset();
    m_exhausted = true;
    m_rowsAffected = -1;
    m_lastInsertId = QVariant();
}

void SqlCipherResult::setStatementError(const QString& message, int code) {
    sqlite3* db = connection();
    const QString native = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    QString text = message;
    // A denied function call comes back as SQLITE_ERROR "not authorized to use function: ...".
    const int kind = native.startsWith(QLatin1String("not authorized")) ? SQLITE_AUTH : code & 0xff;
    switch (kind) {
    case SQLITE_AUTH:
        text = tr("This statement is not allowed: the vault's key, its encryption settings and attached database "
                  "files are managed by CreditCase only.");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        text = tr("The vault is busy: another program or CreditCase window is writing to it. Try again in a "
                  "moment.");
        break;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        text = tr("The vault file is damaged: a part of it could not be read. Restore it from a backup.");
        break;
    case SQLITE_FULL:
        text = tr("The disk holding the vault is full. Nothing of this change was saved; free some space and try "
                  "again.");
        break;
    default:
        break;
    }
    setLastError(QSqlError(text, native, QSqlError::StatementError, QString::number(code)));
}

bool SqlCipherResult::reset(const QString& query) {
    if (!prepare(query)) {
        return false;
    }
    return exec();
}

bool SqlCipherResult::prepare(const QString& query) {
    finalizeStatement();
    clearRows();
    m_declaredTypes.clear();
    setSelect(false);
    setActive(false);

    sqlite3* db = connection();
    if (!db) {
        setLastError(QSqlError(tr("The vault is not open."), QString(), QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setStatementError(tr("The database statement could not be prepared."), rc);
        finalizeStatement();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(tr("The database statement is empty."), QString(), QSqlError::StatementError));
        return false;
    }
    // One statement per query: anything but whitespace and comments after it is refused, not silently ignored.
    const char* end = sql.constData() + sql.size();
    if (tail && tail < end) {
        sqlite3_stmt* extra = nullptr;
        rc = sqlite3_prepare_v2(db, tail, int(end - tail), &extra, nullptr);
        const bool hasMore = rc != SQLITE_OK || extra;
        sqlite3_finalize(extra);
        if (hasMore) {
            setLastError(QSqlError(tr("Only one database statement can be run at a time."), QString(),
                                   QSqlError::StatementError));
            finalizeStatement();
            return false;
        }
    }
    const int columns = sqlite3_column_count(m_stmt);
    m_declaredTypes.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        m_declaredTypes.append(declaredMetaType(sqlite3_column_decltype(m_stmt, i)));
    }
    setSelect(columns > 0);
    return true;
}

bool SqlCipherResult::bindValues() {
    const QList<QVariant>& values = boundValues();
    const int parameters = sqlite3_bind_parameter_count(m_stmt);
    const int valueCount = int(values.size());

    auto bind = [&](int parameter, int valueIndex) {
        const int rc = bindOne(m_stmt, parameter, values.at(valueIndex));
        if (rc == SQLITE_OK) {
            return true;
        }
        // The value itself is never put into the message: it may be personal data.
        setLastError(QSqlError(tr("Value number %1 (of type %2) could not be passed to the database.")
                                   .arg(valueIndex + 1)
                                   .arg(QString::fromLatin1(values.at(valueIndex).typeName())),
                               QString::fromUtf8(sqlite3_errstr(rc)), QSqlError::StatementError, QString::number(rc)));
        return false;
    };

    if (parameters == valueCount) {
        for (int i = 0; i < parameters; ++i) {
            if (!bind(i + 1, i)) {
                return false;
            }
        }
        return true;
    }
    if (parameters > 0 && parameters < valueCount) {
        // A named placeholder used more than once: Qt keeps one value per occurrence, SQLite one per name.
        QHash<QString, int> firstOccurrence;
        for (int i = 0; i < valueCount; ++i) {
            firstOccurrence.insert(boundValueName(i), firstOccurrence.value(boundValueName(i), i));
        }
        for (int parameter = 1; parameter <= parameters; ++parameter) {
            const char* name = sqlite3_bind_parameter_name(m_stmt, parameter);
            const int valueIndex = name ? int(firstOccurrence.value(QString::fromUtf8(name), -1)) : -1;
            if (valueIndex < 0) {
                setLastError(QSqlError(tr("The database statement expects a value for %1, but none was bound.")
                                           .arg(name ? QString::fromUtf8(name) : QString::number(parameter)),
                                       QString(), QSqlError::StatementError));
                return false;
            }
            if (!bind(parameter, valueIndex)) {
                return false;
            }
        }
        return true;
    }
    setLastError(
        QSqlError(tr("The database statement expects %1 values, but %2 were bound.").arg(parameters).arg(valueCount),
                  QString(), QSqlError::StatementError));
    return false;
}

bool SqlCipherResult::exec() {
    if (!m_stmt) {
        setLastError(QSqlError(tr("No database statement was prepared."), QString(), QSqlError::StatementError));
        return false;
    }
    sqlite3* db = connection();
    if (!db) {
        setLastError(QSqlError(tr("The vault is not open."), QString(), QSqlError::ConnectionError));
        return false;
    }
    clearRows();
    setActive(false);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (!bindValues()) {
        return false;
    }

    const sqlite3_int64 rowidBefore = sqlite3_last_insert_rowid(db);
    m_cacheRows = !isForwardOnly();
    m_exhausted = false;
    QVariantList row;
    const Step first = step(&row);
    if (first == Step::Failed) {
        return false;
    }
    if (first == Step::Row) {
        m_lookahead = std::move(row);
    }
    const bool select = sqlite3_column_count(m_stmt) > 0;
    setSelect(select);
    if (!select) {
        m_rowsAffected = sqlite3_changes(db);
        // An INSERT that changed rows reports its rowid, even when it equals the previous insert's rowid in
        // another table (comparing before/after would then report nothing).
        const QByteArray sql = QByteArray(sqlite3_sql(m_stmt)).trimmed().left(7).toUpper();
        const bool inserts = sql.startsWith("INSERT") || sql.startsWith("REPLACE");
        const sqlite3_int64 rowidAfter = sqlite3_last_insert_rowid(db);
        if ((inserts && m_rowsAffected > 0) || rowidAfter != rowidBefore) {
            m_lastInsertId = QVariant(qlonglong(rowidAfter));
        }
    }
    setActive(true);
    return true;
}

SqlCipherResult::Step SqlCipherResult::step(QVariantList* row) {
    if (m_exhausted || !m_stmt) {
        return Step::Done;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        *row = readRow();
        return Step::Row;
    }
    m_exhausted = true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt); // release the read snapshot now, not when the query object dies
        return Step::Done;
    }
    setStatementError(tr("The database statement failed."), rc);
    sqlite3_reset(m_stmt);
    return Step::Failed;
}

QVariantList SqlCipherResult::readRow() const {
    const int columns = sqlite3_column_count(m_stmt);
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i) {
        switch (sqlite3_column_type(m_stmt, i)) {
        case SQLITE_INTEGER:
            row.append(QVariant(qlonglong(sqlite3_column_int64(m_stmt, i))));
            break;
        case SQLITE_FLOAT:
            switch (numericalPrecisionPolicy()) {
            case QSql::LowPrecisionInt32:
                row.append(QVariant(sqlite3_column_int(m_stmt, i)));
                break;
            case QSql::LowPrecisionInt64:
                row.append(QVariant(qlonglong(sqlite3_column_int64(m_stmt, i))));
                break;
            default:
                row.append(QVariant(sqlite3_column_double(m_stmt, i)));
                break;
            }
            break;
        case SQLITE_BLOB: {
            const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_stmt, i));
            const int size = sqlite3_column_bytes(m_stmt, i);
            row.append(QVariant(QByteArray(bytes ? bytes : "", size)));
            break;
        }
        case SQLITE_TEXT: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
            const int size = sqlite3_column_bytes(m_stmt, i);
            row.append(QVariant(QString::fromUtf8(text ? text : "", size)));
            break;
        }
        default: // SQLITE_NULL
            row.append(QVariant(m_declaredTypes.value(i)));
            break;
        }
    }
    return row;
}

const QVariantList* SqlCipherResult::currentRow() const {
    const int index = at();
    if (index < 0) {
        return nullptr;
    }
    if (m_cacheRows) {
        return index < m_rows.size() ? &m_rows.at(index) : nullptr;
    }
    return &m_current;
}

QVariant SqlCipherResult::data(int index) {
    const QVariantList* row = currentRow();
    if (!row || index < 0 || index >= row->size()) {
        return QVariant();
    }
    return row->at(index);
}

bool SqlCipherResult::isNull(int index) {
    return data(index).isNull();
}

bool SqlCipherResult::fetch(int index) {
    if (index < 0 || !isActive() || !isSelect()) {
        return false;
    }
    if (m_cacheRows) {
        while (m_rows.size() <= index) {
            if (m_lookahead) {
                m_rows.append(std::move(*m_lookahead));
                m_lookahead.reset();
                continue;
            }
            QVariantList row;
            if (step(&row) != Step::Row) {
                return false;
            }
            m_rows.append(std::move(row));
        }
        setAt(index);
        return true;
    }
    // Forward only: the current row, or one further on; never back.
    if (at() == QSql::AfterLastRow) {
        return false;
    }
    if (index == at()) {
        return true;
    }
    if (at() != QSql::BeforeFirstRow && index < at()) {
        return false;
    }
    int position = at(); // BeforeFirstRow is -1
    while (position < index) {
        if (m_lookahead) {
            m_current = std::move(*m_lookahead);
            m_lookahead.reset();
        } else {
            QVariantList row;
            if (step(&row) != Step::Row) {
                return false;
            }
            m_current = std::move(row);
        }
        ++position;
        setAt(position);
    }
    return true;
}

bool SqlCipherResult::fetchFirst() {
    if (!m_cacheRows && at() != QSql::BeforeFirstRow) {
        return at() == 0;
    }
    return fetch(0);
}

bool SqlCipherResult::fetchLast() {
    if (!isActive() || !isSelect()) {
        return false;
    }
    if (m_cacheRows) {
        if (m_lookahead) {
            m_rows.append(std::move(*m_lookahead));
            m_lookahead.reset();
        }
        for (;;) {
            QVariantList row;
            const Step next = step(&row);
            if (next == Step::Failed) {
                return false;
            }
            if (next == Step::Done) {
                break;
            }
            m_rows.append(std::move(row));
        }
        if (m_rows.isEmpty()) {
            return false;
        }
        setAt(int(m_rows.size()) - 1);
        return true;
    }
    if (at() == QSql::AfterLastRow) {
        return false;
    }
    int position = at();
    for (;;) {
        if (m_lookahead) {
            m_current = std::move(*m_lookahead);
            m_lookahead.reset();
        } else {
            QVariantList row;
            const Step next = step(&row);
            if (next == Step::Failed) {
                return false;
            }
            if (next == Step::Done) {
                break;
            }
            m_current = std::move(row);
        }
        ++position;
    }
    if (position < 0) {
        return false;
    }
    setAt(position);
    return true;
}

int SqlCipherResult::size() {
    return -1;
}

int SqlCipherResult::numRowsAffected() {
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const {
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const {
    QSqlRecord result;
    if (!m_stmt) {
        return result;
    }
    const QVariantList* row = currentRow();
    if (!row && m_lookahead) {
        row = &*m_lookahead;
    }
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        QMetaType type = m_declaredTypes.value(i);
        if (!type.isValid() && row && i < row->size()) {
            type = row->at(i).metaType(); // an expression: its type is that of its value
        }
        const char* table = sqlite3_column_table_name(m_stmt, i);
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), type,
                        table ? QString::fromUtf8(table) : QString());
        result.append(field);
    }
    return result;
}

void SqlCipherResult::detachFromResultSet() {
    if (m_stmt) {
        sqlite3_reset(m_stmt);
    }
    m_exhausted = true;
    m_lookahead.reset();
    m_rows.clear();
    m_current.clear();
}

} // namespace creditcase::storage
