#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QSqlResult>
#include <QVariant>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace creditcase::storage {

class SqlCipherDriver;

// One prepared SQLite statement behind a QSqlQuery. Values come back typed by their storage class: INTEGER ->
// qlonglong, REAL -> double, TEXT -> QString, BLOB -> QByteArray (a zero-length blob is an empty, non-null
// QByteArray). NULL comes back as a null QVariant (isNull() is true) whose metaType is the column's declared
// type (INT -> qlonglong, CHAR/CLOB/TEXT -> QString, BLOB or none -> QByteArray, REAL/FLOA/DOUB -> double,
// anything else -> QString), or an invalid QVariant for an expression without declared type.
//
// Random access (the QSqlQuery default) keeps the rows read so far; setForwardOnly(true) keeps only the
// current one. The statement is reset as soon as its last row is read or QSqlQuery::finish() is called, so
// it does not hold a read transaction open.
class SqlCipherResult : public QSqlResult {
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Called by the driver when the connection closes: the statement must not outlive the handle.
    void finalizeStatement();
    // True while the statement is between its first step and its end (it holds a read snapshot).
    bool isStepping() const;
    // The type a column declared as declaredType holds, by SQLite's affinity rules; invalid for nullptr.
    static QMetaType declaredMetaType(const char* declaredType);

protected:
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    enum class Step { Row, Done, Failed };

    sqlite3* connection() const;
    Step step(QVariantList* row);
    QVariantList readRow() const;
    bool bindValues();
    void clearRows();
    void setStatementError(const QString& message, int code);
    const QVariantList* currentRow() const;

    sqlite3_stmt* m_stmt = nullptr;
    QList<QMetaType> m_declaredTypes;
    QList<QVariantList> m_rows;              // random access: every row read so far
    QVariantList m_current;                  // forward only: the current row
    std::optional<QVariantList> m_lookahead; // the row exec() stepped to, not yet handed out
    bool m_exhausted = true;
    bool m_cacheRows = true;
    int m_rowsAffected = -1;
    QVariant m_lastInsertId;
};

} // namespace creditcase::storage
