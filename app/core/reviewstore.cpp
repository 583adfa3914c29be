// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstore.h"
#include "importmerge.h"
#include "usertext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

#include <cmath>

namespace evidencedesk {

namespace {

/// The translation context of this file (lupdate reads ReviewStoreText::tr calls).
struct ReviewStoreText {
    Q_DECLARE_TR_FUNCTIONS(ReviewStoreText)
};

// The current schema. Version 1 lacked study.quality_tool, grade_judgement and conclusion; version 2 lacked
// claim.favours_left/right and study.exclusion_reason; version 3 kept one set of outcome data on each study
// (columns ai ... sei) instead of outcomes and their data per (outcome, study) (see migrateSchema()); version 4
// lacked risk_of_bias and claim.assumed_risk.
// Outcome data as (outcome, study, escalc field) -> value: a measure the engine learns later adds fields, not columns.
const char *const kOutcomeTable
    = "CREATE TABLE outcome (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,"
      " type TEXT NOT NULL, time_point TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')";
const char *const kOutcomeValueTable
    = "CREATE TABLE outcome_value (outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,"
      " study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE, field TEXT NOT NULL, value REAL NOT NULL,"
      " PRIMARY KEY (outcome_id, study_id, field)) WITHOUT ROWID";

// Risk of bias per (outcome, study): one row per domain ("d1" ... "d7", "overall") with the tool, so that the tool a
// reviewer chose is kept even before anything is judged (an "overall" row with an empty judgement).
const char *const kRiskOfBiasTable
    = "CREATE TABLE risk_of_bias (outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,"
      " study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,"
      " tool TEXT NOT NULL CHECK (tool IN ('rob2', 'robins_i')), domain TEXT NOT NULL,"
      " judgement TEXT NOT NULL DEFAULT '' CHECK (judgement IN ('', 'low', 'some', 'high', 'moderate', 'serious',"
      " 'critical', 'ni')), support TEXT NOT NULL DEFAULT '', PRIMARY KEY (outcome_id, study_id, domain)) WITHOUT "
      "ROWID";

const char *const kSchema[] = {
    "CREATE TABLE review_info (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL DEFAULT '',"
    " population TEXT NOT NULL DEFAULT '', intervention TEXT NOT NULL DEFAULT '', comparator TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')",
    "INSERT INTO review_info (id) VALUES (1)",
    "CREATE TABLE claim (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, original_text TEXT NOT NULL,"
    " assertion TEXT NOT NULL DEFAULT 'unspecified', equivalence_margin REAL, mechanism_overview TEXT NOT NULL DEFAULT "
    "'',"
    " gold_standard_note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, favours_left TEXT NOT NULL DEFAULT '',"
    " favours_right TEXT NOT NULL DEFAULT '', outcome_id INTEGER REFERENCES outcome(id) ON DELETE SET NULL,"
    " assumed_risk REAL CHECK (assumed_risk IS NULL OR (assumed_risk >= 0 AND assumed_risk <= 1)))",
    "CREATE TABLE claim_refinement (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE "
    "CASCADE,"
    " text TEXT NOT NULL, rationale TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX claim_refinement_claim ON claim_refinement(claim_id)",
    "CREATE TABLE mechanism (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, most_probable INTEGER NOT NULL, summary TEXT NOT NULL)",
    "CREATE TABLE mechanism_step (id INTEGER PRIMARY KEY,"
    " mechanism_id INTEGER NOT NULL REFERENCES mechanism(id) ON DELETE CASCADE, position INTEGER NOT NULL, text TEXT "
    "NOT NULL)",
    "CREATE TABLE study (id INTEGER PRIMARY KEY, authors TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
    " year INTEGER, journal TEXT NOT NULL DEFAULT '', doi TEXT NOT NULL DEFAULT '', pmid TEXT NOT NULL DEFAULT '',"
    " url TEXT NOT NULL DEFAULT '', design TEXT NOT NULL DEFAULT '',"
    " quality REAL CHECK (quality IS NULL OR (quality >= 0 AND quality <= 100)), quality_tool TEXT NOT NULL DEFAULT '',"
    " included INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '',"
    " extra TEXT NOT NULL DEFAULT '{}', exclusion_reason TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE stance (claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,"
    " study_id INTEGER NOT NULL REFERENCES study(id) ON DELETE CASCADE,"
    " stance TEXT NOT NULL CHECK (stance IN ('supporting', 'contradicting', 'neutral')),"
    " tagged_by TEXT NOT NULL DEFAULT '', tagged_at TEXT NOT NULL, PRIMARY KEY (claim_id, study_id)) WITHOUT ROWID",
    "CREATE INDEX stance_study ON stance(study_id)",
    "CREATE TABLE synthesis_settings (claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE,"
    " measure TEXT NOT NULL, method TEXT NOT NULL, test TEXT NOT NULL, level REAL NOT NULL, subgroup TEXT NOT NULL "
    "DEFAULT '')",
    "CREATE TABLE gold_standard (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE "
    "CASCADE,"
    " position INTEGER NOT NULL, design TEXT NOT NULL, population TEXT NOT NULL DEFAULT '',"
    " intervention TEXT NOT NULL DEFAULT '', comparison TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '',"
    " follow_up TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE grade_judgement (claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE, domain TEXT NOT "
    "NULL,"
    " suggested INTEGER NOT NULL DEFAULT 0, override INTEGER, suggestion_reason TEXT NOT NULL DEFAULT '',"
    " justification TEXT NOT NULL DEFAULT '', PRIMARY KEY (claim_id, domain))",
    "CREATE TABLE conclusion (claim_id INTEGER PRIMARY KEY REFERENCES claim(id) ON DELETE CASCADE, text TEXT NOT NULL)",
    kOutcomeTable,
    kOutcomeValueTable,
    "CREATE INDEX outcome_value_study ON outcome_value(study_id)",
    kRiskOfBiasTable,
    "CREATE INDEX risk_of_bias_study ON risk_of_bias(study_id)",
};

const char *const kStudyColumns
    = "id, authors, title, year, journal, doi, pmid, url, design, quality, quality_tool, included, notes, extra,"
      " exclusion_reason";

QVariant real(double x)
{
    return std::isfinite(x) ? QVariant(x) : QVariant(QMetaType(QMetaType::Double));
}

double real(const QVariant &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

/// QtSql binds a null QString as SQL NULL; text columns are NOT NULL, so text is always bound non-null.
QVariant bindable(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QString(QLatin1String("")));
    return v;
}

QString timestamp(const QDateTime &t)
{
    return (t.isValid() ? t : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromTimestamp(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

/// The connection of a store, by name (QtSql keeps connections in a registry).
QSqlDatabase db(const QString &connection)
{
    return QSqlDatabase::database(connection, false);
}

QString sqlError(const QSqlError &e)
{
    return e.text().isEmpty() ? ReviewStoreText::tr("unknown database error") : e.text();
}

/// The SQLite connection under QtSql's. Bulk inserts bind through SQLite's C API: QtSql wraps every
/// value in a QVariant, which made a 100,000-study import spend most of its time in malloc. The
/// QSQLITE plugin links the same system libsqlite3, so the handle is shared safely; the statements
/// run inside the QtSql transaction.
sqlite3 *nativeHandle(const QString &connection)
{
    const QVariant v = db(connection).driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

class Statement {
public:
    Statement(sqlite3 *db, const char *sql) : m_db(db)
    {
        if (db)
            sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_stmt != nullptr; }
    QString error() const
    {
        return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                    : ReviewStoreText::tr("the SQLite driver gives no connection handle");
    }

    void text(const QString &s) { text(QByteArrayView(s.toUtf8())); }
    void text(const QByteArray &utf8) { text(QByteArrayView(utf8)); }
    void text(QByteArrayView utf8)
    {
        // never a null pointer: SQLite would bind NULL, and text columns are NOT NULL
        sqlite3_bind_text(m_stmt, ++m_index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void real(double x)
    {
        if (std::isfinite(x))
            sqlite3_bind_double(m_stmt, ++m_index, x);
        else
            sqlite3_bind_null(m_stmt, ++m_index);
    }
    void integer(qint64 x, bool null = false)
    {
        if (null)
            sqlite3_bind_null(m_stmt, ++m_index);
        else
            sqlite3_bind_int64(m_stmt, ++m_index, x);
    }
    /// Steps a query: true while it gives a row (read it with textAt(), intAt()); at the end it is reset.
    bool row()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW)
            reset();
        return rc == SQLITE_ROW;
    }
    QString textAt(int i) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i)),
                                 sqlite3_column_bytes(m_stmt, i));
    }
    qint64 intAt(int i) const { return sqlite3_column_int64(m_stmt, i); }
    void reset()
    {
        sqlite3_reset(m_stmt);
        m_index = 0;
    }
    /// Runs the bound statement and makes it ready for the next row.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        m_index = 0;
        return rc == SQLITE_DONE;
    }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    int m_index = 0;
};

struct Validation {
    ReviewStore::OpenError code = ReviewStore::OpenError::None;
    int version = 0;
};

/// Checks an open connection: integrity, application id, schema version. Only reads.
Validation validateConnection(const QSqlDatabase &d, const QString &path, QString &error)
{
    Validation v;
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        v.code = ReviewStore::OpenError::Damaged;
        error = ReviewStoreText::tr("%1: the review file is damaged (%2)")
                    .arg(shortened(path, 400),
                         shortened(q.lastError().isValid() ? sqlError(q.lastError()) : q.value(0).toString(), 200));
    } else if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()
               || q.value(0).toInt() != ReviewStore::kApplicationId) {
        v.code = ReviewStore::OpenError::NotAReview;
        error = ReviewStoreText::tr("%1: not an EvidenceDesk review (a database of another program)")
                    .arg(shortened(path, 400));
    } else if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        v.version = q.value(0).toInt();
        if (v.version > ReviewStore::kSchemaVersion) {
            v.code = ReviewStore::OpenError::NewerVersion;
            error = ReviewStoreText::tr(
                        "%1: the review was written by a newer EvidenceDesk (file format %2; this version reads "
                        "up to %3). Open it with a newer EvidenceDesk; it was not changed.")
                        .arg(shortened(path, 400), QString::number(v.version),
                             QString::number(ReviewStore::kSchemaVersion));
        } else if (v.version < 1) {
            v.code = ReviewStore::OpenError::NotAReview;
            error = ReviewStoreText::tr("%1: not an EvidenceDesk review (no schema version)").arg(shortened(path, 400));
        }
    }
    return v;
}

/// The review's identity (a UUID written at its first change), or empty (an older file, or not readable).
QString identityOf(const QSqlDatabase &d)
{
    QSqlQuery q(d);
    return q.exec(QStringLiteral("SELECT uuid FROM review_identity WHERE id = 1")) && q.next() ? q.value(0).toString()
                                                                                               : QString();
}

/// A new connection to `file` with QSQLITE's `options`, opened (check isOpen()).
QSqlDatabase openDatabase(const QString &name, const QString &file, const QString &options)
{
    QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    d.setDatabaseName(file);
    d.setConnectOptions(options);
    d.open();
    return d;
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase d = QSqlDatabase::database(name, false);
        d.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString newConnectionName(const char *kind)
{
    return QLatin1String(kind) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// `path` opened read-only without locks, the -wal beside it (if any) ignored: the file as it is on disk.
const QString kImmutable = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
QString immutableUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded)
        + QStringLiteral("?immutable=1");
}

/// The migration of an older schema, on `connection` inside the caller's transaction.
bool migrateSchema(const QString &connection, int from, QString &error)
{
    auto exec = [&](const QString &sql) {
        QSqlQuery q(db(connection));
        if (!q.exec(sql)) {
            error = sqlError(q.lastError());
            return false;
        }
        return true;
    };
    int version = from;
    if (version == 1) { // 1 -> 2: quality tool per study; GRADE judgements and conclusions per claim
        if (!exec(QStringLiteral("ALTER TABLE study ADD COLUMN quality_tool TEXT NOT NULL DEFAULT ''")))
            return false;
        for (const char *statement : kSchema) {
            const QString s = QString::fromLatin1(statement);
            if ((s.startsWith(QLatin1String("CREATE TABLE grade_judgement"))
                 || s.startsWith(QLatin1String("CREATE TABLE conclusion")))
                && !exec(s))
                return false;
        }
        version = 2;
    }
    if (version == 2) { // 2 -> 3: a claim's own "favours" labels; why a study is excluded
        for (const char *statement : {"ALTER TABLE claim ADD COLUMN favours_left TEXT NOT NULL DEFAULT ''",
                                      "ALTER TABLE claim ADD COLUMN favours_right TEXT NOT NULL DEFAULT ''",
                                      "ALTER TABLE study ADD COLUMN exclusion_reason TEXT NOT NULL DEFAULT ''"})
            if (!exec(QString::fromLatin1(statement)))
                return false;
        version = 3;
    }
    if (version == 3) { // 3 -> 4: outcomes; each study's data become the data of one outcome every claim is about
        const char *const v3Fields[]
            = {"ai", "bi", "ci", "di", "n1i", "n2i", "m1i", "sd1i", "m2i", "sd2i", "ri", "ni", "yi", "vi", "sei"};
        QStringList steps {
            QString::fromLatin1(kOutcomeTable), QString::fromLatin1(kOutcomeValueTable),
            QStringLiteral("CREATE INDEX outcome_value_study ON outcome_value(study_id)"),
            // the one outcome: named as the review question's outcome, of the kind the data are
            QStringLiteral("INSERT INTO outcome (id, position, name, type) SELECT 1, 1,"
                           " CASE WHEN trim(outcome) = '' THEN 'Outcome' ELSE trim(outcome) END,"
                           " CASE WHEN EXISTS (SELECT 1 FROM study WHERE ai IS NOT NULL AND ci IS NOT NULL)"
                           " THEN 'dichotomous'"
                           " WHEN EXISTS (SELECT 1 FROM study WHERE m1i IS NOT NULL) THEN 'continuous'"
                           " WHEN EXISTS (SELECT 1 FROM study WHERE ri IS NOT NULL) THEN 'correlation'"
                           " ELSE 'generic' END FROM review_info")};
        for (const char *f : v3Fields)
            steps << QStringLiteral("INSERT INTO outcome_value (outcome_id, study_id, field, value)"
                                    " SELECT 1, id, '%1', %1 FROM study WHERE %1 IS NOT NULL")
                         .arg(QLatin1String(f));
        steps << QStringLiteral(
            "ALTER TABLE claim ADD COLUMN outcome_id INTEGER REFERENCES outcome(id) ON DELETE SET NULL")
              << QStringLiteral("UPDATE claim SET outcome_id = 1");
        for (const char *f : v3Fields)
            steps << QStringLiteral("ALTER TABLE study DROP COLUMN %1").arg(QLatin1String(f));
        for (const QString &sql : std::as_const(steps))
            if (!exec(sql))
                return false;
        version = 4;
    }
    if (version == 4) { // 4 -> 5: risk of bias per (outcome, study); the summary of findings' assumed risk per claim
        for (const QString &sql :
             {QString::fromLatin1(kRiskOfBiasTable),
              QStringLiteral("CREATE INDEX risk_of_bias_study ON risk_of_bias(study_id)"),
              QStringLiteral("ALTER TABLE claim ADD COLUMN assumed_risk REAL CHECK (assumed_risk IS NULL OR"
                             " (assumed_risk >= 0 AND assumed_risk <= 1))")})
            if (!exec(sql))
                return false;
        version = 5;
    }
    return version == ReviewStore::kSchemaVersion && exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Study studyFromQuery(const QSqlQuery &q)
{
    Study s;
    s.id = q.value(0).toLongLong();
    s.authors = q.value(1).toString();
    s.title = q.value(2).toString();
    s.year = q.value(3).isNull() ? 0 : q.value(3).toInt();
    s.journal = q.value(4).toString();
    s.doi = q.value(5).toString();
    s.pmid = q.value(6).toString();
    s.url = q.value(7).toString();
    s.design = designFromKey(q.value(8).toString()).value_or(Design::Other);
    s.quality = real(q.value(9));
    s.qualityTool = q.value(10).toString();
    s.included = q.value(11).toBool();
    s.notes = q.value(12).toString();
    const QString extra = q.value(13).toString();
    if (extra.size() > 2)
        s.extra = QJsonDocument::fromJson(extra.toUtf8()).object().toVariantMap();
    s.exclusionReason = q.value(14).toString();
    return s;
}

void bindStudy(QSqlQuery &q, const Study &s)
{
    auto add = [](QSqlQuery &query, const QVariant &v) { query.addBindValue(bindable(v)); };
    add(q, s.id > 0 ? QVariant(s.id) : QVariant(QMetaType(QMetaType::LongLong)));
    add(q, s.authors);
    add(q, s.title);
    add(q, s.year > 0 ? QVariant(s.year) : QVariant(QMetaType(QMetaType::Int)));
    add(q, s.journal);
    add(q, s.doi);
    add(q, s.pmid);
    add(q, s.url);
    add(q, designKey(s.design));
    add(q, real(s.quality));
    add(q, s.qualityTool);
    add(q, s.included ? 1 : 0);
    add(q, s.notes);
    add(q,
        s.extra.isEmpty()
            ? QStringLiteral("{}")
            : QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(s.extra)).toJson(QJsonDocument::Compact)));
    add(q, s.exclusionReason);
}

} // namespace

/// A review opened for reading: how, and what was found.
struct ReviewStore::Reading {
    QString connection;
    Access access = Access::Read;
    int version = 0;
    FileState state;
    std::unique_ptr<QTemporaryDir> copy;

    /// Opens `path` for reading and validates it; empty `connection` with `error` and `code` if refused.
    static Reading open(const QString &path, QString &error, OpenError &code);
};

ReviewStore::Reading ReviewStore::Reading::open(const QString &path, QString &error, OpenError &code)
{
    Reading r;
    code = OpenError::None;
    const QString shown = shortened(path, 400);
    if (!QFileInfo::exists(path)) {
        code = OpenError::NotFound;
        error = ReviewStoreText::tr("%1: no such file").arg(shown);
        return r;
    }
    if (!checkRegularFile(path, error)) {
        code = OpenError::NotAFile;
        return r;
    }
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            code = OpenError::NotFound;
            error = ReviewStoreText::tr("%1: cannot read: %2").arg(shown, f.errorString());
            return r;
        }
        const QByteArray header = f.read(100);
        if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
            code = OpenError::NotSqlite;
            error = ReviewStoreText::tr("%1: not an EvidenceDesk review (not a database file)").arg(shown);
            return r;
        }
    }
    r.state = FileState::of(path);
    const bool hotJournal = QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    QString file = path, options;
    if (!r.state.wal && !hotJournal) {
        // nothing to recover: read the file as it is, without locks and without making -wal/-shm beside it
        r.access = Access::Immutable;
        file = immutableUri(path);
        options = kImmutable;
    } else if (QFileInfo::exists(shmOf(path)) && !hotJournal) {
        r.access = Access::Read; // a -wal in use or left by a crash: read through it, in place
        options = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
    } else {
        // a -wal without its -shm, or a rollback journal: recovering would write, so it is done on a copy
        r.access = Access::Copy;
        r.copy = std::make_unique<QTemporaryDir>();
        file = r.copy->filePath(QStringLiteral("review"));
        bool copied = r.copy->isValid() && QFile::copy(path, file);
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-journal")})
            if (copied && QFileInfo::exists(path + suffix))
                copied = QFile::copy(path + suffix, file + suffix);
        if (!copied) {
            code = OpenError::Damaged;
            error = ReviewStoreText::tr("%1: cannot be read (no room for a copy to recover it in)").arg(shown);
            return r;
        }
        options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    }
    r.connection = newConnectionName("read-");
    Validation v;
    {
        const QSqlDatabase d = openDatabase(r.connection, file, options);
        if (!d.isOpen()) {
            v.code = OpenError::Damaged;
            error = ReviewStoreText::tr("%1: cannot be opened: %2").arg(shown, shortened(sqlError(d.lastError()), 200));
        } else {
            v = validateConnection(d, path, error);
        }
        if (r.state.wal) {
            // Whose -wal is it? The file alone (the -wal ignored) against the file read through it.
            const QString alone = newConnectionName("alone-");
            bool aloneValid = false;
            QString aloneId;
            {
                QString aloneError;
                const QSqlDatabase a = openDatabase(alone, immutableUri(path), kImmutable);
                aloneValid = a.isOpen() && validateConnection(a, path, aloneError).code == OpenError::None;
                aloneId = aloneValid ? identityOf(a) : QString();
            }
            closeConnection(alone);
            const QString combinedId = v.code == OpenError::None ? identityOf(d) : QString();
            if ((v.code != OpenError::None && aloneValid)
                || (!aloneId.isEmpty() && !combinedId.isEmpty() && aloneId != combinedId)) {
                v.code = OpenError::ForeignWal;
                error = ReviewStoreText::tr("%1: the file %2 beside it belongs to another database (a copy or a "
                                            "restore without its partner?); nothing was changed. Move that file "
                                            "away to open the review as it was last saved.")
                            .arg(shown, shortened(walOf(path), 400));
            }
        }
    }
    r.version = v.version;
    code = v.code;
    if (v.code != OpenError::None) {
        closeConnection(r.connection);
        r.connection.clear();
        return r;
    }
    if (r.version < kSchemaVersion) {
        // an older schema is read through a migrated copy in memory; the file is migrated at the first change
        const QString memory = newConnectionName("memory-");
        QString why;
        bool migrated = false;
        {
            QSqlDatabase m = openDatabase(memory, QStringLiteral(":memory:"), {});
            sqlite3 *to = nativeHandle(memory), *from = nativeHandle(r.connection);
            sqlite3_backup *b = to && from ? sqlite3_backup_init(to, "main", from, "main") : nullptr;
            const bool copied = b && sqlite3_backup_step(b, -1) == SQLITE_DONE;
            sqlite3_backup_finish(b);
            QSqlQuery begin(m);
            migrated
                = copied && begin.exec(QStringLiteral("BEGIN")) && migrateSchema(memory, r.version, why) && m.commit();
            if (!migrated && why.isEmpty())
                why = to ? QString::fromUtf8(sqlite3_errmsg(to)) : sqlError(m.lastError());
        }
        closeConnection(r.connection);
        r.connection = memory;
        r.access = Access::Copy;
        r.copy.reset();
        if (!migrated) {
            closeConnection(memory);
            r.connection.clear();
            code = OpenError::Damaged;
            error = ReviewStoreText::tr("%1: the review could not be read in its older format: %2")
                        .arg(shown, shortened(why, 200));
        }
    }
    return r;
}

ReviewStore::ReviewStore(QString path, QString connection, Access access)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_access(access)
{ }

ReviewStore::~ReviewStore()
{
    {
        QSqlDatabase d = db(m_connection);
        if (d.isOpen() && m_access == Access::Write) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {

/// SQLite's result code of the last failure on `connection` (0 if none is known).
int lastCode(const QString &connection)
{
    sqlite3 *h = nativeHandle(connection);
    return h ? sqlite3_extended_errcode(h) : 0;
}

/// The message for a failed write: what is true of the file system if that is why, else `what`.
QString writeFailure(const QString &path, int code, const QString &what)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_READONLY || primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN
        || primary == SQLITE_PERM)
        if (const QString truth = writeProblem(path, code); !truth.isEmpty())
            return truth;
    return what;
}

bool configure(QSqlDatabase d, const QString &path, QString &error)
{
    d.setDatabaseName(path);
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000")); // a second writer waits for the first
    if (!d.open()) {
        error = writeFailure(path, d.lastError().nativeErrorCode().toInt(),
                             ReviewStoreText::tr("%1: cannot be opened for writing: %2")
                                 .arg(shortened(path, 400), shortened(sqlError(d.lastError()), 200)));
        return false;
    }
    sqlite3 *h = nativeHandle(d.connectionName());
    if (h && sqlite3_db_readonly(h, "main") == 1) { // SQLite opened it read-only: the file cannot be written
        const QString truth = writeProblem(path, SQLITE_READONLY);
        error = !truth.isEmpty() ? truth
                                 : ReviewStoreText::tr("%1: cannot be opened for writing").arg(shortened(path, 400));
        return false;
    }
    QSqlQuery q(d);
    // foreign keys enforced; WAL: readers never block, a crash leaves the last committed transaction; a 64 MB page
    // cache, so that a large import's transaction is not spilled to the -wal page by page
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA cache_size = -65536"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            error = writeFailure(path, lastCode(d.connectionName()),
                                 ReviewStoreText::tr("%1: %2").arg(shortened(path, 400), sqlError(q.lastError())));
            return false;
        }
    }
    return true;
}

// Opens `path` for writing under a connection of its own, set up as every review is; the connection's name, or
// empty (with `error` and `code`) if the file cannot be opened for writing.
QString openConnection(const QString &path, QString &error, ReviewStore::OpenError *code)
{
    const QString name = newConnectionName("review-");
    if (configure(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name), path, error))
        return name;
    QSqlDatabase::removeDatabase(name);
    if (code)
        *code = ReviewStore::OpenError::CannotWrite;
    return {};
}

} // namespace

std::unique_ptr<ReviewStore> ReviewStore::open(const QString &path, QString &error, OpenError *code)
{
    OpenError why = OpenError::None;
    Reading r = Reading::open(path, error, why);
    if (code)
        *code = why;
    if (r.connection.isEmpty())
        return nullptr;
    std::unique_ptr<ReviewStore> store(new ReviewStore(path, r.connection, r.access));
    store->m_version = r.version;
    store->m_state = r.state;
    store->m_copy = std::move(r.copy);
    return store;
}

std::unique_ptr<ReviewStore> ReviewStore::create(const QString &path, QString &error, OpenError *code)
{
    const bool memory = path == QLatin1String(":memory:");
    if (!memory) {
        for (const QString &p : QStringList {path} + sidecarsOf(path)) {
            if (QFileInfo::exists(p) || QFileInfo(p).isSymLink()) {
                error = ReviewStoreText::tr("%1: a file of that name exists already").arg(shortened(p, 400));
                if (code)
                    *code = OpenError::Exists;
                return nullptr;
            }
        }
    }
    auto cleanUp = [&] { // nothing of a failed create stays behind (none of these files was there before)
        if (!memory)
            for (const QString &p : QStringList {path} + sidecarsOf(path))
                QFile::remove(p);
    };
    const QString name = openConnection(path, error, code);
    if (name.isEmpty()) {
        cleanUp();
        return nullptr;
    }
    std::unique_ptr<ReviewStore> store(new ReviewStore(path, name, Access::Write));
    if (!store->initialise()) {
        error = store->m_error.startsWith(shortened(path, 400) + QLatin1Char(':'))
            ? store->m_error
            : ReviewStoreText::tr("%1: cannot create the review: %2").arg(shortened(path, 400), store->m_error);
        store.reset();
        cleanUp();
        if (code)
            *code = OpenError::CannotWrite;
        return nullptr;
    }
    if (code)
        *code = OpenError::None;
    return store;
}

bool ReviewStore::makeWritable()
{
    if (m_access == Access::Write)
        return true;
    QString error;
    if (!checkRegularFile(m_path, error)) {
        m_error = error;
        return false;
    }
    const QString name = openConnection(m_path, error, nullptr);
    if (name.isEmpty()) {
        m_error = error;
        return false;
    }
    // the file as it is now (another program may have changed it since it was read)
    QString why;
    const Validation v = validateConnection(db(name), m_path, why);
    if (v.code != OpenError::None) {
        closeConnection(name);
        m_error = why;
        return false;
    }
    closeConnection(m_connection);
    m_copy.reset();
    m_connection = name;
    m_access = Access::Write;
    m_version = v.version;
    m_prepared = false;
    return true;
}

void ReviewStore::refresh() const
{
    if (m_access != Access::Immutable || FileState::of(m_path) == m_state)
        return;
    // The file changed since it was opened without locks: read it afresh (or keep reading the old state).
    QString error;
    OpenError code = OpenError::None;
    Reading r = Reading::open(m_path, error, code);
    if (r.connection.isEmpty()) {
        m_error = error;
        return;
    }
    auto *self = const_cast<ReviewStore *>(this);
    closeConnection(self->m_connection);
    self->m_connection = r.connection;
    self->m_access = r.access;
    self->m_version = r.version;
    self->m_state = r.state;
    self->m_copy = std::move(r.copy);
}

bool ReviewStore::exec(const QString &sql)
{
    QSqlQuery q(db(m_connection));
    if (!q.exec(sql)) {
        m_error = sqlError(q.lastError());
        return false;
    }
    return true;
}

template<typename F>
bool ReviewStore::transaction(F body)
{
    if (m_depth > 0) // inside batch(): the outer transaction commits or rolls back
        return body();
    if (!makeWritable())
        return false;
    QSqlDatabase d = db(m_connection);
    // IMMEDIATE: the write lock is taken first, so what the body reads is what it writes over (a concurrent
    // import waits, then sees this one's studies)
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = writeFailure(m_path, lastCode(m_connection), m_error);
        return false;
    }
    ++m_depth;
    const bool done = prepareForWriting() && body();
    --m_depth;
    if (!done) {
        m_error = writeFailure(m_path, lastCode(m_connection), m_error);
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        m_error = writeFailure(m_path, lastCode(m_connection), sqlError(d.lastError()));
        d.rollback();
        return false;
    }
    m_prepared = true;
    m_version = kSchemaVersion;
    return true;
}

bool ReviewStore::batch(const std::function<bool()> &body)
{
    return transaction(body);
}

bool ReviewStore::prepareForWriting()
{
    if (m_prepared)
        return true;
    if (m_version < kSchemaVersion && !migrate(m_version))
        return false;
    // the review's identity: a -wal of another review beside it is told from its own by it
    QSqlQuery q(db(m_connection));
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS review_identity (id INTEGER PRIMARY KEY CHECK (id = 1),"
                             " uuid TEXT NOT NULL)")))
        return false;
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO review_identity (id, uuid) VALUES (1, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!q.exec()) {
        m_error = sqlError(q.lastError());
        return false;
    }
    return true;
}

bool ReviewStore::initialise()
{
    return transaction([&] {
        for (const char *statement : kSchema)
            if (!exec(QString::fromLatin1(statement)))
                return false;
        return exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId))
            && exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
    });
}

bool ReviewStore::migrate(int from)
{
    return migrateSchema(m_connection, from, m_error);
}

bool ReviewStore::load(Review &out) const
{
    refresh(); // a connection without locks is reopened if the file changed
    Review r;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    // Every query must run to its end: a review that cannot be read whole is refused, never shown in part.
    const auto query = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        m_error = ReviewStoreText::tr("%1: the review cannot be read (%2)").arg(m_path, sqlError(q.lastError()));
        return false;
    };
    const auto finished = [&] {
        if (!q.lastError().isValid())
            return true;
        m_error = ReviewStoreText::tr("%1: the review cannot be read (%2)").arg(m_path, sqlError(q.lastError()));
        return false;
    };
    const auto unreadable = [&](const QString &what, const QString &value) {
        m_error = ReviewStoreText::tr("%1: the review holds an unknown %2 '%3'").arg(m_path, what, value);
        return false;
    };
    if (!query(QStringLiteral("SELECT title, population, intervention, comparator, outcome, notes FROM review_info")))
        return false;
    if (q.next())
        r.info = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    if (!finished()
        || !query(QStringLiteral("SELECT id, name, type, time_point, notes FROM outcome ORDER BY position, id")))
        return false;
    while (q.next()) {
        const auto type = outcomeTypeFromKey(q.value(2).toString());
        if (!type)
            return unreadable(ReviewStoreText::tr("outcome type"), q.value(2).toString());
        r.outcomes.append(
            {q.value(0).toLongLong(), q.value(1).toString(), *type, q.value(3).toString(), q.value(4).toString()});
    }
    if (!finished() || !query(QStringLiteral("SELECT outcome_id, study_id, field, value FROM outcome_value")))
        return false;
    {
        QHash<QString, double synth::StudyInput::*> members;
        for (const synth::StudyInputField &f : synth::kStudyInputFields)
            members.insert(QString::fromLatin1(f.name.data(), qsizetype(f.name.size())), f.member);
        while (q.next()) {
            const auto member = members.constFind(q.value(2).toString());
            if (member == members.cend())
                return unreadable(ReviewStoreText::tr("outcome field"), q.value(2).toString());
            synth::StudyInput &d = r.data[q.value(0).toLongLong()][q.value(1).toLongLong()];
            d.*(*member) = q.value(3).toDouble();
        }
    }
    if (!finished()
        || !query(QStringLiteral(
            "SELECT id, original_text, assertion, equivalence_margin, mechanism_overview, gold_standard_note,"
            " created_at, favours_left, favours_right, outcome_id, assumed_risk FROM claim ORDER BY position, id")))
        return false;
    while (q.next()) {
        Claim c;
        c.id = q.value(0).toLongLong();
        c.originalText = q.value(1).toString();
        const auto assertion = assertionFromKey(q.value(2).toString());
        if (!assertion)
            return unreadable(ReviewStoreText::tr("assertion"), q.value(2).toString());
        c.assertion = *assertion;
        c.equivalenceMargin = real(q.value(3));
        c.mechanismOverview = q.value(4).toString();
        c.goldStandardNote = q.value(5).toString();
        c.createdAt = fromTimestamp(q.value(6).toString());
        c.favoursLeft = q.value(7).toString();
        c.favoursRight = q.value(8).toString();
        c.outcomeId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
        c.assumedRisk = real(q.value(10));
        r.claims.append(c);
    }
    QHash<qint64, qsizetype> claimIndex;
    for (qsizetype i = 0; i < r.claims.size(); ++i)
        claimIndex.insert(r.claims[i].id, i);
    if (!finished()
        || !query(QStringLiteral("SELECT id, claim_id, text, rationale, created_at FROM claim_refinement ORDER BY id")))
        return false;
    while (q.next()) {
        const auto it = claimIndex.constFind(q.value(1).toLongLong());
        if (it != claimIndex.cend())
            r.claims[*it].refinements.append({q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                                              fromTimestamp(q.value(4).toString())});
    }
    if (!finished()
        || !query(QStringLiteral(
            "SELECT m.id, m.claim_id, m.most_probable, m.summary, s.text FROM mechanism m"
            " LEFT JOIN mechanism_step s ON s.mechanism_id = m.id ORDER BY m.claim_id, m.position, s.position")))
        return false;
    while (q.next()) {
        QList<Mechanism> &list = r.mechanisms[q.value(1).toLongLong()];
        const qint64 id = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != id)
            list.append({id, q.value(2).toBool(), q.value(3).toString(), {}});
        if (!q.value(4).isNull())
            list.last().steps.append(q.value(4).toString());
    }
    if (!finished() || !query(QStringLiteral("SELECT %1 FROM study ORDER BY id").arg(QLatin1String(kStudyColumns))))
        return false;
    while (q.next())
        r.studies.append(studyFromQuery(q));
    if (!finished() || !query(QStringLiteral("SELECT claim_id, study_id, stance, tagged_by, tagged_at FROM stance")))
        return false;
    while (q.next()) {
        const auto stance = stanceFromKey(q.value(2).toString());
        if (!stance)
            return unreadable(ReviewStoreText::tr("stance"), q.value(2).toString());
        r.stances[q.value(0).toLongLong()].insert(
            q.value(1).toLongLong(), {*stance, q.value(3).toString(), fromTimestamp(q.value(4).toString())});
    }
    if (!finished()
        || !query(QStringLiteral("SELECT claim_id, measure, method, test, level, subgroup FROM synthesis_settings")))
        return false;
    while (q.next()) {
        SynthesisSettings settings;
        settings.automaticMeasure = q.value(1).toString() == QLatin1String("auto");
        const auto measure = settings.automaticMeasure ? std::optional<synth::Measure>(synth::Measure::GEN)
                                                       : synth::measureFromName(q.value(1).toString().toStdString());
        const auto method = synth::methodFromName(q.value(2).toString().toStdString());
        const auto test = synth::testFromName(q.value(3).toString().toStdString());
        if (!measure)
            return unreadable(ReviewStoreText::tr("effect measure"), q.value(1).toString());
        if (!method)
            return unreadable(ReviewStoreText::tr("model"), q.value(2).toString());
        if (!test)
            return unreadable(ReviewStoreText::tr("test"), q.value(3).toString());
        settings.measure = *measure;
        settings.method = *method;
        settings.test = *test;
        settings.level = q.value(4).toDouble();
        settings.subgroup = Subgrouping::fromKey(q.value(5).toString());
        r.settings.insert(q.value(0).toLongLong(), settings);
    }
    if (!finished()
        || !query(QStringLiteral("SELECT id, claim_id, design, population, intervention, comparison, outcome, "
                                 "follow_up, notes FROM gold_standard ORDER BY claim_id, position")))
        return false;
    while (q.next())
        r.goldStandard[q.value(1).toLongLong()].append(
            {q.value(0).toLongLong(), designFromKey(q.value(2).toString()).value_or(Design::Other),
             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
             q.value(7).toString(), q.value(8).toString()});
    if (!finished()
        || !query(QStringLiteral("SELECT claim_id, domain, suggested, override, suggestion_reason, justification"
                                 " FROM grade_judgement ORDER BY claim_id, rowid")))
        return false;
    while (q.next()) {
        GradeJudgement g;
        g.domain = q.value(1).toString();
        g.suggested = q.value(2).toInt();
        if (!q.value(3).isNull())
            g.override = q.value(3).toInt();
        g.suggestionReason = q.value(4).toString();
        g.justification = q.value(5).toString();
        r.grade[q.value(0).toLongLong()].append(g);
    }
    if (!finished() || !query(QStringLiteral("SELECT claim_id, text FROM conclusion")))
        return false;
    while (q.next())
        r.conclusions.insert(q.value(0).toLongLong(), q.value(1).toString());
    if (!finished()
        || !query(QStringLiteral("SELECT outcome_id, study_id, tool, domain, judgement, support FROM risk_of_bias"
                                 " ORDER BY outcome_id, study_id")))
        return false;
    while (q.next()) {
        const auto tool = robToolFromKey(q.value(2).toString());
        const auto judgement = robJudgementFromKey(q.value(4).toString());
        if (!tool)
            return unreadable(ReviewStoreText::tr("risk-of-bias tool"), q.value(2).toString());
        if (!judgement || !robAllows(*tool, *judgement))
            return unreadable(ReviewStoreText::tr("risk-of-bias judgement"), q.value(4).toString());
        auto &byStudy = r.risk[q.value(0).toLongLong()];
        const qint64 studyId = q.value(1).toLongLong();
        auto a = byStudy.find(studyId);
        if (a == byStudy.end())
            a = byStudy.insert(studyId, RobAssessment::empty(*tool));
        if (a->tool != *tool)
            return unreadable(ReviewStoreText::tr("risk-of-bias tool"), q.value(2).toString());
        const auto domain = robDomainFromKey(*tool, q.value(3).toString());
        if (!domain)
            return unreadable(ReviewStoreText::tr("risk-of-bias domain"), q.value(3).toString());
        a->set(*domain, *judgement);
        a->setSupport(*domain, q.value(5).toString());
    }
    if (!finished())
        return false;
    out = std::move(r);
    return true;
}

bool ReviewStore::saveCopy(const QString &path)
{
    refresh();
    for (const QString &p : QStringList {path} + sidecarsOf(path)) {
        if (QFileInfo::exists(p)) {
            m_error = ReviewStoreText::tr("%1: a file of that name exists already").arg(shortened(p, 400));
            return false;
        }
    }
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    bool ok = q.exec();
    if (!ok)
        m_error = writeFailure(path, lastCode(m_connection), sqlError(q.lastError()));
    q.finish();
    if (ok) { // a copy is a review of its own: a -wal of the original is not mistaken for one of the copy's
        const QString name = newConnectionName("copy-");
        {
            QSqlDatabase d = openDatabase(name, path, {});
            QSqlQuery u(d);
            u.prepare(QStringLiteral("UPDATE review_identity SET uuid = ? WHERE id = 1"));
            u.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            ok = d.isOpen() && (u.exec() || u.lastError().text().contains(QLatin1String("no such table")));
            if (!ok)
                m_error = writeFailure(path, lastCode(name), sqlError(u.lastError()));
        }
        closeConnection(name);
    }
    if (!ok)
        for (const QString &p : QStringList {path} + sidecarsOf(path))
            QFile::remove(p);
    return ok;
}

QString ReviewStore::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

int ReviewStore::studyCount() const
{
    refresh();
    QSqlQuery q(db(m_connection));
    return q.exec(QStringLiteral("SELECT count(*) FROM study")) && q.next() ? q.value(0).toInt() : 0;
}

QList<qint64> ReviewStore::claimIds() const
{
    refresh();
    QList<qint64> ids;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id FROM claim ORDER BY position, id")))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    return ids;
}

QList<Outcome> ReviewStore::outcomes() const
{
    refresh();
    QList<Outcome> list;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name, type, time_point, notes FROM outcome ORDER BY position, id")))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(),
                         outcomeTypeFromKey(q.value(2).toString()).value_or(OutcomeType::Generic),
                         q.value(3).toString(), q.value(4).toString()});
    return list;
}

Outcome ReviewStore::importTarget(qint64 claimId, const QString &name) const
{
    const QList<Outcome> all = outcomes();
    if (!name.trimmed().isEmpty()) {
        for (const Outcome &o : all)
            if (o.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return o;
        Outcome o;
        o.name = name.trimmed();
        return o;
    }
    QSqlQuery q(db(m_connection));
    if (claimId > 0 && q.exec(QStringLiteral("SELECT outcome_id FROM claim WHERE id = %1").arg(claimId)) && q.next())
        for (const Outcome &o : all)
            if (o.id == q.value(0).toLongLong())
                return o;
    if (!all.isEmpty())
        return all.first();
    Outcome o;
    if (q.exec(QStringLiteral("SELECT outcome FROM review_info")) && q.next())
        o.name = q.value(0).toString().trimmed();
    if (o.name.isEmpty())
        o.name = ReviewStoreText::tr("Outcome");
    return o;
}

namespace {
/// Runs a prepared statement with positional values; false with the error on failure.
bool run(QSqlQuery &q, const QVariantList &values, QString &error)
{
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec()) {
        error = sqlError(q.lastError());
        return false;
    }
    return true;
}
bool run(const QString &connection, const QString &sql, const QVariantList &values, QString &error)
{
    QSqlQuery q(db(connection));
    if (!q.prepare(sql)) {
        error = sqlError(q.lastError());
        return false;
    }
    return run(q, values, error);
}
} // namespace

namespace {
/// Replaces the appraisals of the given studies for an outcome, inside the caller's transaction.
bool writeRiskOfBias(const QString &connection, qint64 outcomeId, const RobChanges &assessments, QString &error)
{
    QSqlQuery set(db(connection)), remove(db(connection));
    set.prepare(QStringLiteral("INSERT INTO risk_of_bias (outcome_id, study_id, tool, domain, judgement, support)"
                               " VALUES (?, ?, ?, ?, ?, ?)"));
    remove.prepare(QStringLiteral("DELETE FROM risk_of_bias WHERE outcome_id = ? AND study_id = ?"));
    for (auto it = assessments.begin(); it != assessments.end(); ++it) {
        if (!run(remove, {outcomeId, it.key()}, error))
            return false;
        if (!*it)
            continue; // none
        const RobAssessment &a = **it;
        const int n = robDomainCount(a.tool);
        if (a.domains.size() != n || a.support.size() != n + 1) {
            error = ReviewStoreText::tr("risk of bias: %1 has %n domain(s)", nullptr, n).arg(robToolName(a.tool));
            return false;
        }
        const QString tool = robToolKey(a.tool);
        // the overall row always, so that the tool is kept; the domains judged or supported
        if (!run(set, {outcomeId, it.key(), tool, robDomainKey(-1), robJudgementKey(a.overall), a.supportOf(-1)},
                 error))
            return false;
        for (int d = 0; d < n; ++d)
            if ((a.domains[d] != RobJudgement::NotAssessed || !a.support[d].isEmpty())
                && !run(set, {outcomeId, it.key(), tool, robDomainKey(d), robJudgementKey(a.domains[d]), a.support[d]},
                        error))
                return false;
    }
    return true;
}
} // namespace

bool ReviewStore::setInfo(const ReviewInfo &i)
{
    return transaction([&] {
        return run(m_connection,
                   QStringLiteral("UPDATE review_info SET title = ?, population = ?, intervention = ?, comparator = ?,"
                                  " outcome = ?, notes = ? WHERE id = 1"),
                   {i.title, i.population, i.intervention, i.comparator, i.outcome, i.notes}, m_error);
    });
}

qint64 ReviewStore::addClaim(const Claim &c, const std::optional<SynthesisSettings> &settings)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlQuery q(db(m_connection));
        q.prepare(QStringLiteral(
            "INSERT INTO claim (id, position, original_text, assertion, equivalence_margin,"
            " mechanism_overview, gold_standard_note, created_at, favours_left, favours_right, outcome_id,"
            " assumed_risk) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM claim), ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?)"));
        if (!run(q,
                 {c.id > 0 ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)), c.originalText,
                  assertionKey(c.assertion), real(c.equivalenceMargin), c.mechanismOverview, c.goldStandardNote,
                  timestamp(c.createdAt), c.favoursLeft, c.favoursRight,
                  c.outcomeId > 0 ? QVariant(c.outcomeId) : QVariant(QMetaType(QMetaType::LongLong)),
                  real(c.assumedRisk)},
                 m_error))
            return false;
        id = q.lastInsertId().toLongLong();
        for (const Refinement &r : c.refinements)
            if (!run(m_connection,
                     QStringLiteral("INSERT INTO claim_refinement (id, claim_id, text, rationale, created_at) VALUES "
                                    "(?, ?, ?, ?, ?)"),
                     {r.id > 0 ? QVariant(r.id) : QVariant(QMetaType(QMetaType::LongLong)), id, r.text, r.rationale,
                      timestamp(r.at)},
                     m_error))
                return false;
        return !settings || writeSettings(id, *settings);
    });
    return ok ? id : 0;
}

bool ReviewStore::updateClaim(const Claim &c)
{
    return transaction([&] {
        return run(m_connection,
                   QStringLiteral("UPDATE claim SET original_text = ?, assertion = ?, equivalence_margin = ?,"
                                  " mechanism_overview = ?, gold_standard_note = ?, favours_left = ?,"
                                  " favours_right = ?, outcome_id = ?, assumed_risk = ? WHERE id = ?"),
                   {c.originalText, assertionKey(c.assertion), real(c.equivalenceMargin), c.mechanismOverview,
                    c.goldStandardNote, c.favoursLeft, c.favoursRight,
                    c.outcomeId > 0 ? QVariant(c.outcomeId) : QVariant(QMetaType(QMetaType::LongLong)),
                    real(c.assumedRisk), c.id},
                   m_error);
    });
}

bool ReviewStore::removeClaim(qint64 claimId)
{
    return transaction(
        [&] { return run(m_connection, QStringLiteral("DELETE FROM claim WHERE id = ?"), {claimId}, m_error); });
}

qint64 ReviewStore::addRefinement(qint64 claimId, const Refinement &r)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlQuery q(db(m_connection));
        q.prepare(QStringLiteral(
            "INSERT INTO claim_refinement (id, claim_id, text, rationale, created_at) VALUES (?, ?, ?, ?, ?)"));
        if (!run(q,
                 {r.id > 0 ? QVariant(r.id) : QVariant(QMetaType(QMetaType::LongLong)), claimId, r.text, r.rationale,
                  timestamp(r.at)},
                 m_error))
            return false;
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : 0;
}

bool ReviewStore::removeRefinement(qint64 refinementId)
{
    return transaction([&] {
        return run(m_connection, QStringLiteral("DELETE FROM claim_refinement WHERE id = ?"), {refinementId}, m_error);
    });
}

namespace {

/// A study's extra columns as the JSON object stored with it (text values written directly: an import of a
/// million studies spends no time in QJsonDocument).
QByteArray extraJson(const QVariantMap &extra)
{
    if (extra.isEmpty())
        return QByteArrayLiteral("{}");
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        if (it->typeId() != QMetaType::QString)
            return QJsonDocument(QJsonObject::fromVariantMap(extra)).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(64);
    auto string = [&](const QString &s) {
        out += '"';
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            if (u == u'"' || u == u'\\') {
                out += '\\';
                out += char(u);
            } else if (u < 0x20) {
                out += QByteArrayLiteral("\\u00");
                out += "0123456789abcdef"[u >> 4];
                out += "0123456789abcdef"[u & 15];
            } else if (u < 0x80) {
                out += char(u);
            } else {
                out += QStringView(&c, 1).toUtf8(); // a surrogate pair's halves pass through as one UTF-8 sequence
            }
        }
        out += '"';
    };
    out += '{';
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (it != extra.cbegin())
            out += ',';
        string(it.key());
        out += ':';
        string(it->toString());
    }
    out += '}';
    return out;
}

/// The statements that add a study and tag it, prepared once for a whole batch.
class StudyWriter {
public:
    explicit StudyWriter(const QString &connection)
        : m_handle(nativeHandle(connection)),
          m_insert(m_handle,
                   QStringLiteral("INSERT INTO study (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(QLatin1String(kStudyColumns))
                       .toUtf8()
                       .constData()),
          m_tag(m_handle,
                "INSERT OR REPLACE INTO stance (claim_id, study_id, stance, tagged_by, tagged_at)"
                " VALUES (?, ?, ?, ?, ?)"),
          m_value(m_handle, "INSERT INTO outcome_value (outcome_id, study_id, field, value) VALUES (?, ?, ?, ?)"),
          m_clear(m_handle, "DELETE FROM outcome_value WHERE outcome_id = ? AND study_id = ?")
    { }
    /// False with `error` if the statements could not be prepared.
    bool ok(QString &error) const
    {
        for (const Statement *s : {&m_insert, &m_tag, &m_value, &m_clear})
            if (!s->ok()) {
                error = s->error();
                return false;
            }
        return true;
    }
    /// Replaces a study's data for an outcome by `data` (every field it gives; none: the study has no data).
    bool data(qint64 outcomeId, qint64 studyId, const synth::StudyInput &data, QString &error)
    {
        m_clear.integer(outcomeId);
        m_clear.integer(studyId);
        if (!m_clear.step()) {
            error = m_clear.error();
            return false;
        }
        for (const synth::StudyInputField &f : synth::kStudyInputFields) {
            const double x = data.*f.member;
            if (std::isnan(x))
                continue;
            m_value.integer(outcomeId);
            m_value.integer(studyId);
            m_value.text(QByteArray(f.name.data(), qsizetype(f.name.size())));
            m_value.real(x);
            if (!m_value.step()) {
                error = m_value.error();
                return false;
            }
        }
        return true;
    }
    sqlite3 *handle() const { return m_handle; }
    /// The new study's id, 0 on failure (`error`).
    qint64 add(const Study &s, QString &error)
    {
        m_insert.integer(s.id, s.id <= 0); // a given id is kept (undo of a deletion)
        m_insert.text(s.authors);
        m_insert.text(s.title);
        m_insert.integer(s.year, s.year <= 0);
        m_insert.text(s.journal);
        m_insert.text(s.doi);
        m_insert.text(s.pmid);
        m_insert.text(s.url);
        m_insert.text(designKey(s.design));
        m_insert.real(s.quality);
        m_insert.text(s.qualityTool);
        m_insert.integer(s.included ? 1 : 0);
        m_insert.text(s.notes);
        m_insert.text(extraJson(s.extra));
        m_insert.text(s.exclusionReason);
        if (!m_insert.step()) {
            error = m_insert.error();
            return 0;
        }
        return sqlite3_last_insert_rowid(m_handle);
    }
    bool tag(qint64 claimId, qint64 studyId, const StanceTag &t, const QString &now, QString &error)
    {
        if (claimId <= 0 || t.stance == Stance::Untagged)
            return true;
        m_tag.integer(claimId);
        m_tag.integer(studyId);
        m_tag.text(stanceKey(t.stance));
        m_tag.text(t.taggedBy);
        m_tag.text(t.at.isValid() ? timestamp(t.at) : now);
        if (!m_tag.step()) {
            error = m_tag.error();
            return false;
        }
        return true;
    }

private:
    sqlite3 *m_handle;
    Statement m_insert, m_tag, m_value, m_clear;
};

} // namespace

QList<qint64> ReviewStore::addStudies(const QList<Study> &studies, qint64 claimId, const QList<StanceTag> &stances,
                                      const Progress &progress, const StudyExtras &extras)
{
    QList<qint64> ids;
    ids.reserve(studies.size());
    const bool ok = transaction([&] {
        StudyWriter writer(m_connection);
        if (!writer.ok(m_error))
            return false;
        const QString now = timestamp({});
        for (qsizetype i = 0; i < studies.size(); ++i) {
            const qint64 id = writer.add(studies[i], m_error);
            if (id == 0)
                return false;
            ids.append(id);
            if (progress && i % 1000 == 999 && !progress(i + 1)) {
                m_error = ReviewStoreText::tr("cancelled");
                return false; // the transaction is rolled back: nothing of the import stays
            }
            if (i < stances.size() && !writer.tag(claimId, id, stances[i], now, m_error))
                return false;
            if (extras.outcomeId > 0 && i < extras.data.size() && hasData(extras.data[i])
                && !writer.data(extras.outcomeId, id, extras.data[i], m_error))
                return false;
        }
        // an undone delete's tags and outcome data, with its studies
        for (auto c = extras.tags.begin(); c != extras.tags.end(); ++c)
            for (auto t = c->begin(); t != c->end(); ++t)
                if (!writer.tag(c.key(), t.key(), *t, now, m_error))
                    return false;
        for (auto o = extras.outcomeData.begin(); o != extras.outcomeData.end(); ++o)
            for (auto d = o->begin(); d != o->end(); ++d)
                if (!writer.data(o.key(), d.key(), *d, m_error))
                    return false;
        for (auto o = extras.risk.begin(); o != extras.risk.end(); ++o) {
            RobChanges changes;
            for (auto a = o->begin(); a != o->end(); ++a)
                changes.insert(a.key(), *a);
            if (!writeRiskOfBias(m_connection, o.key(), changes, m_error))
                return false;
        }
        if (extras.outcomeId > 0) {
            RobChanges changes;
            for (qsizetype i = 0; i < extras.risks.size() && i < ids.size(); ++i)
                if (extras.risks[i])
                    changes.insert(ids[i], extras.risks[i]);
            if (!changes.isEmpty() && !writeRiskOfBias(m_connection, extras.outcomeId, changes, m_error))
                return false;
        }
        return true;
    });
    if (!ok)
        ids.clear();
    return ids;
}

bool ReviewStore::importStudies(StudyReader &reader, qint64 claimId, Outcome &outcome, const QString &taggedBy,
                                ImportSummary &summary, const Progress &progress, bool overwrite)
{
    summary = ImportSummary();
    const Outcome outcomeBefore = outcome;
    const bool ok = transaction([&] {
        StudyWriter writer(m_connection);
        Statement scan(writer.handle(), "SELECT id, doi, title, year FROM study"),
            holder(writer.handle(), "SELECT doi, title, year, authors FROM study WHERE id = ?");
        if (!writer.ok(m_error) || !scan.ok() || !holder.ok()) {
            m_error = scan.ok() ? m_error : scan.error();
            return false;
        }
        QSqlQuery full(db(m_connection)), values(db(m_connection)), stance(db(m_connection)), update(db(m_connection));
        full.prepare(QStringLiteral("SELECT %1 FROM study WHERE id = ?").arg(QLatin1String(kStudyColumns)));
        values.prepare(QStringLiteral("SELECT field, value FROM outcome_value WHERE outcome_id = ? AND study_id = ?"));
        stance.prepare(QStringLiteral("SELECT stance FROM stance WHERE claim_id = ? AND study_id = ?"));
        QSqlQuery appraisal(db(m_connection));
        appraisal.prepare(QStringLiteral("SELECT tool, domain, judgement, support FROM risk_of_bias"
                                         " WHERE outcome_id = ? AND study_id = ?"));
        update.prepare(
            QStringLiteral("UPDATE study SET id = ?, authors = ?, title = ?, year = ?, journal = ?, doi = ?, pmid = ?,"
                           " url = ?, design = ?, quality = ?, quality_tool = ?, included = ?, notes = ?, extra = ?,"
                           " exclusion_reason = ? WHERE id = ?"));
        // the review's studies as they are now, inside the transaction
        DuplicateIndex index;
        qint64 lastExisting = 0;
        while (scan.row()) {
            index.add(DuplicateKeys::of(scan.textAt(1), scan.textAt(2), scan.intAt(3)), scan.intAt(0));
            lastExisting = std::max(lastExisting, scan.intAt(0));
        }
        Study found; // the last holder read back
        auto keysOf = [&](qint64 id) {
            found = Study();
            holder.integer(id);
            if (holder.row()) {
                found.id = id;
                found.doi = holder.textAt(0);
                found.title = holder.textAt(1);
                found.year = int(holder.intAt(2));
                found.authors = holder.textAt(3);
            }
            holder.reset();
            return DuplicateKeys::of(found);
        };
        auto addOutcome = [&](const synth::StudyInput &data) {
            if (outcome.id > 0)
                return true;
            // the review's first outcome, of the kind these data are; claims about none are about it now
            outcome.type = outcomeTypeOf(data);
            QSqlQuery add(db(m_connection));
            add.prepare(QStringLiteral("INSERT INTO outcome (position, name, type, time_point, notes)"
                                       " VALUES ((SELECT coalesce(max(position), 0) + 1 FROM outcome), ?, ?, ?, ?)"));
            if (!run(add, {outcome.name, outcomeTypeKey(outcome.type), outcome.timePoint, outcome.notes}, m_error))
                return false;
            outcome.id = add.lastInsertId().toLongLong();
            return run(m_connection, QStringLiteral("UPDATE claim SET outcome_id = ? WHERE outcome_id IS NULL"),
                       {outcome.id}, m_error);
        };
        QHash<qint64, int> merged; // study id -> the line that matched it
        const QString now = timestamp({});
        ImportedStudy r;
        QString error;
        // a record that is a study of the review: its empty fields and data filled (importmerge.h)
        auto merge = [&](qint64 id, MatchKind by) {
            if (!run(full, {id}, m_error) || !full.next()) {
                m_error = location(reader.fileName(), r.line, QStringLiteral("study_id"))
                    + ReviewStoreText::tr("the review has no study with id %1").arg(id);
                summary.conflict = true;
                return false;
            }
            const Study current = studyFromQuery(full);
            full.finish();
            synth::StudyInput data;
            if (outcome.id > 0) {
                if (!run(values, {outcome.id, id}, m_error))
                    return false;
                while (values.next())
                    if (const auto *f = studyInputField(values.value(0).toString()))
                        data.*f->member = values.value(1).toDouble();
            }
            Stance was = Stance::Untagged;
            if (claimId > 0) {
                if (!run(stance, {claimId, id}, m_error))
                    return false;
                if (stance.next())
                    was = stanceFromKey(stance.value(0).toString()).value_or(Stance::Untagged);
            }
            std::optional<RobAssessment> risk;
            if (outcome.id > 0 && r.risk) {
                if (!run(appraisal, {outcome.id, id}, m_error))
                    return false;
                while (appraisal.next()) {
                    const auto tool = robToolFromKey(appraisal.value(0).toString());
                    if (!tool)
                        continue;
                    if (!risk)
                        risk = RobAssessment::empty(*tool);
                    const auto domain = robDomainFromKey(risk->tool, appraisal.value(1).toString());
                    if (!domain)
                        continue; // (the file's checks at opening refuse such a row)
                    risk->set(*domain,
                              robJudgementFromKey(appraisal.value(2).toString()).value_or(RobJudgement::NotAssessed));
                    risk->setSupport(*domain, appraisal.value(3).toString());
                }
            }
            const MergedStudy m = mergeRecord(current, data, was, risk, r, overwrite);
            if (!m.conflicts.isEmpty() && !overwrite) {
                m_error = conflictMessage(reader.fileName(), r.line, current.label(), m.conflicts.first());
                summary.conflict = true;
                return false;
            }
            if (!m.changed) {
                summary.skipped.append(
                    {r.line, r.study.label(), ReviewStoreText::tr("already in the review, nothing new")});
                return true;
            }
            bindStudy(update, m.study);
            update.addBindValue(id);
            if (!update.exec()) {
                m_error = sqlError(update.lastError());
                return false;
            }
            if (hasData(m.data) && (!addOutcome(m.data) || !writer.data(outcome.id, id, m.data, m_error)))
                return false;
            if (m.stance && !writer.tag(claimId, id, {*m.stance, taggedBy, {}}, now, m_error))
                return false;
            if (m.risk && (!addOutcome(m.data) || !writeRiskOfBias(m_connection, outcome.id, {{id, m.risk}}, m_error)))
                return false;
            summary.updated.append(id);
            summary.filled.append({r.line, current.label(), matchKindName(by)});
            return true;
        };
        while (reader.next(r, error)) {
            ++summary.read;
            summary.stancesGiven = summary.stancesGiven || r.stance.value_or(Stance::Untagged) != Stance::Untagged;
            if (progress && summary.read % 1000 == 0 && !progress(summary.read)) {
                m_error = ReviewStoreText::tr("cancelled");
                return false;
            }
            const DuplicateKeys keys
                = r.labelOnly ? DuplicateKeys::of(r.study.doi, QString(), 0) : DuplicateKeys::of(r.study);
            qint64 id = r.studyId;
            if (id > 0 && id <= lastExisting)
                keysOf(id); // is it a study of this review?
            if (id > lastExisting || (id > 0 && found.id != id))
                id = 0; // not a study of this review (a file exported from another): matched as any other record
            auto match = DuplicateIndex::Match::None;
            if (id == 0)
                match = index.find(keys, keysOf, id);
            if (id > 0 && (id > lastExisting || merged.contains(id))) { // an earlier record of this file
                keysOf(id);
                summary.skipped.append({r.line, r.study.label(),
                                        merged.contains(id)
                                            ? ReviewStoreText::tr("the same study as line %1").arg(merged.value(id))
                                            : DuplicateIndex::reason(match, found.label())});
                continue;
            }
            if (id > 0) {
                merged.insert(id, r.line);
                if (!merge(id,
                           r.studyId == id                           ? MatchKind::StudyId
                               : match == DuplicateIndex::Match::Doi ? MatchKind::Doi
                                                                     : MatchKind::TitleYear))
                    return false;
                continue;
            }
            r.study.id = 0;
            id = writer.add(r.study, m_error);
            if (id == 0 || !writer.tag(claimId, id, {r.stance.value_or(Stance::Untagged), taggedBy, {}}, now, m_error))
                return false;
            if (hasData(r.data) && (!addOutcome(r.data) || !writer.data(outcome.id, id, r.data, m_error)))
                return false;
            if (r.risk && (!addOutcome(r.data) || !writeRiskOfBias(m_connection, outcome.id, {{id, r.risk}}, m_error)))
                return false;
            index.add(keys, id);
            summary.ids.append(id);
        }
        if (!error.isEmpty()) {
            m_error = error;
            summary.malformed = true;
            return false;
        }
        return true;
    });
    if (!ok) {
        summary.ids.clear();
        summary.updated.clear();
        outcome = outcomeBefore;
    }
    return ok;
}

bool ReviewStore::updateStudies(const QList<Study> &studies, qint64 outcomeId,
                                const QHash<qint64, synth::StudyInput> &data)
{
    return transaction([&] {
        if (outcomeId > 0 && !data.isEmpty()) {
            StudyWriter writer(m_connection);
            if (!writer.ok(m_error))
                return false;
            for (auto d = data.begin(); d != data.end(); ++d)
                if (!writer.data(outcomeId, d.key(), *d, m_error))
                    return false;
        }
        QSqlQuery q(db(m_connection));
        q.prepare(
            QStringLiteral("UPDATE study SET id = ?, authors = ?, title = ?, year = ?, journal = ?, doi = ?, pmid = ?,"
                           " url = ?, design = ?, quality = ?, quality_tool = ?, included = ?, notes = ?, extra = ?,"
                           " exclusion_reason = ? WHERE id = ?"));
        for (const Study &s : studies) {
            bindStudy(q, s);
            q.addBindValue(s.id);
            if (!q.exec()) {
                m_error = sqlError(q.lastError());
                return false;
            }
            if (q.numRowsAffected() != 1) {
                m_error = ReviewStoreText::tr("no study with id %1").arg(s.id);
                return false;
            }
        }
        return true;
    });
}

bool ReviewStore::removeStudies(const QList<qint64> &ids)
{
    return transaction([&] {
        QSqlQuery q(db(m_connection));
        q.prepare(QStringLiteral("DELETE FROM study WHERE id = ?"));
        for (qint64 id : ids)
            if (!run(q, {id}, m_error))
                return false;
        return true;
    });
}

bool ReviewStore::setStances(qint64 claimId, const QHash<qint64, StanceTag> &tags)
{
    return transaction([&] {
        QSqlQuery set(db(m_connection)), remove(db(m_connection));
        set.prepare(QStringLiteral("INSERT OR REPLACE INTO stance (claim_id, study_id, stance, tagged_by, tagged_at)"
                                   " VALUES (?, ?, ?, ?, ?)"));
        remove.prepare(QStringLiteral("DELETE FROM stance WHERE claim_id = ? AND study_id = ?"));
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            const bool ok = it->stance == Stance::Untagged
                ? run(remove, {claimId, it.key()}, m_error)
                : run(set, {claimId, it.key(), stanceKey(it->stance), it->taggedBy, timestamp(it->at)}, m_error);
            if (!ok)
                return false;
        }
        return true;
    });
}

bool ReviewStore::setRiskOfBias(qint64 outcomeId, const RobChanges &assessments)
{
    return transaction([&] { return writeRiskOfBias(m_connection, outcomeId, assessments, m_error); });
}

bool ReviewStore::setMechanisms(qint64 claimId, QList<Mechanism> &mechanisms)
{
    return transaction([&] {
        if (!run(m_connection, QStringLiteral("DELETE FROM mechanism WHERE claim_id = ?"), {claimId}, m_error))
            return false;
        QSqlQuery m(db(m_connection)), s(db(m_connection));
        m.prepare(QStringLiteral(
            "INSERT INTO mechanism (id, claim_id, position, most_probable, summary) VALUES (?, ?, ?, ?, ?)"));
        s.prepare(QStringLiteral("INSERT INTO mechanism_step (mechanism_id, position, text) VALUES (?, ?, ?)"));
        for (qsizetype i = 0; i < mechanisms.size(); ++i) {
            Mechanism &x = mechanisms[i];
            if (!run(m,
                     {x.id > 0 ? QVariant(x.id) : QVariant(QMetaType(QMetaType::LongLong)), claimId, int(i),
                      x.mostProbable ? 1 : 0, x.summary},
                     m_error))
                return false;
            const qint64 id = m.lastInsertId().toLongLong();
            x.id = id;
            for (qsizetype j = 0; j < x.steps.size(); ++j)
                if (!run(s, {id, int(j), x.steps[j]}, m_error))
                    return false;
        }
        return true;
    });
}

qint64 ReviewStore::addOutcome(const Outcome &o)
{
    qint64 id = 0;
    const bool ok = transaction([&] {
        QSqlQuery q(db(m_connection));
        q.prepare(QStringLiteral("INSERT INTO outcome (id, position, name, type, time_point, notes)"
                                 " VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM outcome), ?, ?, ?, ?)"));
        if (!run(q,
                 {o.id > 0 ? QVariant(o.id) : QVariant(QMetaType(QMetaType::LongLong)), o.name, outcomeTypeKey(o.type),
                  o.timePoint, o.notes},
                 m_error))
            return false;
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return ok ? id : 0;
}

bool ReviewStore::updateOutcome(const Outcome &o)
{
    return transaction([&] {
        QSqlQuery q(db(m_connection));
        q.prepare(QStringLiteral("UPDATE outcome SET name = ?, type = ?, time_point = ?, notes = ? WHERE id = ?"));
        if (!run(q, {o.name, outcomeTypeKey(o.type), o.timePoint, o.notes, o.id}, m_error))
            return false;
        if (q.numRowsAffected() != 1) {
            m_error = ReviewStoreText::tr("no outcome with id %1").arg(o.id);
            return false;
        }
        return true;
    });
}

bool ReviewStore::removeOutcome(qint64 outcomeId)
{
    // its values go with it (ON DELETE CASCADE); claims about it are about none (ON DELETE SET NULL)
    return transaction(
        [&] { return run(m_connection, QStringLiteral("DELETE FROM outcome WHERE id = ?"), {outcomeId}, m_error); });
}

bool ReviewStore::setOutcomeData(qint64 outcomeId, const QHash<qint64, synth::StudyInput> &data)
{
    return transaction([&] {
        StudyWriter writer(m_connection);
        if (!writer.ok(m_error))
            return false;
        for (auto d = data.begin(); d != data.end(); ++d)
            if (!writer.data(outcomeId, d.key(), *d, m_error))
                return false;
        return true;
    });
}

bool ReviewStore::writeSettings(qint64 claimId, const SynthesisSettings &s)
{
    return run(
        m_connection,
        QStringLiteral("INSERT OR REPLACE INTO synthesis_settings (claim_id, measure, method, test, level, subgroup)"
                       " VALUES (?, ?, ?, ?, ?, ?)"),
        {claimId,
         s.automaticMeasure ? QStringLiteral("auto") : QString::fromLatin1(synth::measureName(s.measure).data()),
         QString::fromLatin1(synth::methodName(s.method).data()), QString::fromLatin1(synth::testName(s.test).data()),
         s.level, s.subgroup.key()},
        m_error);
}

bool ReviewStore::setSettings(qint64 claimId, const SynthesisSettings &s)
{
    return transaction([&] { return writeSettings(claimId, s); });
}

bool ReviewStore::setGoldStandard(qint64 claimId, QList<GoldStandardItem> &items)
{
    return transaction([&] {
        if (!run(m_connection, QStringLiteral("DELETE FROM gold_standard WHERE claim_id = ?"), {claimId}, m_error))
            return false;
        QSqlQuery q(db(m_connection));
        q.prepare(QStringLiteral("INSERT INTO gold_standard (id, claim_id, position, design, population, intervention,"
                                 " comparison, outcome, follow_up, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            GoldStandardItem &g = items[i];
            if (!run(q,
                     {g.id > 0 ? QVariant(g.id) : QVariant(QMetaType(QMetaType::LongLong)), claimId, int(i),
                      designKey(g.design), g.population, g.intervention, g.comparison, g.outcome, g.followUp, g.notes},
                     m_error))
                return false;
            g.id = q.lastInsertId().toLongLong();
        }
        return true;
    });
}

bool ReviewStore::setGrade(qint64 claimId, const QList<GradeJudgement> &judgements, const QString &conclusion)
{
    return transaction([&] {
        if (!run(m_connection, QStringLiteral("DELETE FROM grade_judgement WHERE claim_id = ?"), {claimId}, m_error)
            || !run(m_connection, QStringLiteral("DELETE FROM conclusion WHERE claim_id = ?"), {claimId}, m_error))
            return false;
        QSqlQuery q(db(m_connection));
        q.prepare(
            QStringLiteral("INSERT INTO grade_judgement (claim_id, domain, suggested, override, suggestion_reason,"
                           " justification) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const GradeJudgement &g : judgements)
            if (!run(q,
                     {claimId, g.domain, g.suggested,
                      g.override ? QVariant(*g.override) : QVariant(QMetaType(QMetaType::Int)), g.suggestionReason,
                      g.justification},
                     m_error))
                return false;
        return conclusion.isEmpty()
            || run(m_connection, QStringLiteral("INSERT INTO conclusion (claim_id, text) VALUES (?, ?)"),
                   {claimId, conclusion}, m_error);
    });
}

} // namespace evidencedesk
