// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
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
// claim.favours_left/right and study.exclusion_reason (see migrate()).
const char *const kSchema[] = {
    "CREATE TABLE review_info (id INTEGER PRIMARY KEY CHECK (id = 1), title TEXT NOT NULL DEFAULT '',"
    " population TEXT NOT NULL DEFAULT '', intervention TEXT NOT NULL DEFAULT '', comparator TEXT NOT NULL DEFAULT '',"
    " outcome TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')",
    "INSERT INTO review_info (id) VALUES (1)",
    "CREATE TABLE claim (id INTEGER PRIMARY KEY, position INTEGER NOT NULL, original_text TEXT NOT NULL,"
    " assertion TEXT NOT NULL DEFAULT 'unspecified', equivalence_margin REAL, mechanism_overview TEXT NOT NULL DEFAULT "
    "'',"
    " gold_standard_note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, favours_left TEXT NOT NULL DEFAULT '',"
    " favours_right TEXT NOT NULL DEFAULT '')",
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
    " ai REAL, bi REAL, ci REAL, di REAL, n1i REAL, n2i REAL, m1i REAL, sd1i REAL, m2i REAL, sd2i REAL, ri REAL,"
    " ni REAL, yi REAL, vi REAL, sei REAL, included INTEGER NOT NULL DEFAULT 1, notes TEXT NOT NULL DEFAULT '',"
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
};

const char *const kStudyColumns
    = "id, authors, title, year, journal, doi, pmid, url, design, quality, quality_tool, ai, bi, ci,"
      " di, n1i, n2i, m1i, sd1i, m2i, sd2i, ri, ni, yi, vi, sei, included, notes, extra, exclusion_reason";

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

struct Validation {
    ReviewStore::OpenError code = ReviewStore::OpenError::None;
    int version = 0;
};

/// Checks before anything may write to `path`; they only read.
Validation validate(const QString &path, QString &error)
{
    Validation v;
    QFile f(path);
    if (!f.exists()) {
        v.code = ReviewStore::OpenError::NotFound;
        error = ReviewStoreText::tr("%1: no such file").arg(path);
        return v;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        v.code = ReviewStore::OpenError::NotFound;
        error = ReviewStoreText::tr("%1: cannot read: %2").arg(path, f.errorString());
        return v;
    }
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        v.code = ReviewStore::OpenError::NotSqlite;
        error = ReviewStoreText::tr("%1: not an EvidenceDesk review (not a database file)").arg(path);
        return v;
    }
    const QString name = QStringLiteral("validate-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        // Only reads happen here. The connection is read-write all the same: a read-only one cannot remove
        // the -wal/-shm files SQLite makes beside a WAL database, and would leave them behind.
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(path);
        if (!d.open()) {
            d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY")); // a file we may not write
            d.open();
        }
        if (!d.isOpen()) {
            v.code = ReviewStore::OpenError::Damaged;
            error = ReviewStoreText::tr("%1: cannot be opened: %2").arg(path, sqlError(d.lastError()));
        } else {
            QSqlQuery q(d);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next()
                || q.value(0).toString() != QLatin1String("ok")) {
                v.code = ReviewStore::OpenError::Damaged;
                error = ReviewStoreText::tr("%1: the review file is damaged (%2)")
                            .arg(path, q.lastError().isValid() ? sqlError(q.lastError()) : q.value(0).toString());
            } else if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()
                       || q.value(0).toInt() != ReviewStore::kApplicationId) {
                v.code = ReviewStore::OpenError::NotAReview;
                error = ReviewStoreText::tr("%1: not an EvidenceDesk review (a database of another program)").arg(path);
            } else if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
                v.version = q.value(0).toInt();
                if (v.version > ReviewStore::kSchemaVersion) {
                    v.code = ReviewStore::OpenError::NewerVersion;
                    error
                        = ReviewStoreText::tr(
                              "%1: the review was written by a newer EvidenceDesk (file format %2; this version reads "
                              "up to %3). Open it with a newer EvidenceDesk; it was not changed.")
                              .arg(path)
                              .arg(v.version)
                              .arg(ReviewStore::kSchemaVersion);
                } else if (v.version < 1) {
                    v.code = ReviewStore::OpenError::NotAReview;
                    error = ReviewStoreText::tr("%1: not an EvidenceDesk review (no schema version)").arg(path);
                }
            }
            d.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
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
    for (std::size_t i = 0; i < synth::kStudyInputFields.size(); ++i)
        s.data.*synth::kStudyInputFields[i].member = real(q.value(11 + int(i)));
    s.included = q.value(26).toBool();
    s.notes = q.value(27).toString();
    const QString extra = q.value(28).toString();
    if (extra.size() > 2)
        s.extra = QJsonDocument::fromJson(extra.toUtf8()).object().toVariantMap();
    s.exclusionReason = q.value(29).toString();
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
    for (const synth::StudyInputField &f : synth::kStudyInputFields)
        add(q, real(s.data.*f.member));
    add(q, s.included ? 1 : 0);
    add(q, s.notes);
    add(q,
        s.extra.isEmpty()
            ? QStringLiteral("{}")
            : QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(s.extra)).toJson(QJsonDocument::Compact)));
    add(q, s.exclusionReason);
}

} // namespace

ReviewStore::ReviewStore(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{ }

ReviewStore::~ReviewStore()
{
    {
        QSqlDatabase d = db(m_connection);
        if (d.isOpen()) {
            QSqlQuery q(d);
            q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

namespace {

bool configure(QSqlDatabase d, const QString &path, QString &error)
{
    d.setDatabaseName(path);
    if (!d.open()) {
        error = ReviewStoreText::tr("%1: cannot be opened for writing: %2").arg(path, sqlError(d.lastError()));
        return false;
    }
    QSqlQuery q(d);
    // foreign keys enforced; WAL: readers never block, a crash leaves the last committed transaction
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                               "PRAGMA busy_timeout = 5000"}) {
        if (!q.exec(QString::fromLatin1(pragma))) {
            error = ReviewStoreText::tr("%1: %2").arg(path, sqlError(q.lastError()));
            return false;
        }
    }
    return true;
}

// Opens `path` under a connection of its own, set up as every review is; the connection's name, or empty (with
// `error` and `code`) if the file cannot be opened for writing.
QString openConnection(const QString &path, QString &error, ReviewStore::OpenError *code)
{
    const QString name = QStringLiteral("review-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
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
    const Validation v = validate(path, error);
    if (code)
        *code = v.code;
    if (v.code != OpenError::None)
        return nullptr;
    const QString name = openConnection(path, error, code);
    if (name.isEmpty())
        return nullptr;
    std::unique_ptr<ReviewStore> store(new ReviewStore(path, name));
    if (v.version < kSchemaVersion && !store->migrate(v.version)) {
        error = ReviewStoreText::tr("%1: the review could not be brought up to date: %2").arg(path, store->m_error);
        if (code)
            *code = OpenError::CannotWrite;
        return nullptr;
    }
    return store;
}

std::unique_ptr<ReviewStore> ReviewStore::create(const QString &path, QString &error, OpenError *code)
{
    const bool memory = path == QLatin1String(":memory:");
    if (!memory && QFileInfo::exists(path)) {
        error = ReviewStoreText::tr("%1: a file of that name exists already").arg(path);
        if (code)
            *code = OpenError::Exists;
        return nullptr;
    }
    const QString name = openConnection(path, error, code);
    if (name.isEmpty())
        return nullptr;
    std::unique_ptr<ReviewStore> store(new ReviewStore(path, name));
    if (!store->initialise()) {
        error = ReviewStoreText::tr("%1: cannot create the review: %2").arg(path, store->m_error);
        store.reset();
        if (!memory)
            QFile::remove(path);
        if (code)
            *code = OpenError::CannotWrite;
        return nullptr;
    }
    if (code)
        *code = OpenError::None;
    return store;
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
    QSqlDatabase d = db(m_connection);
    if (!d.transaction()) {
        m_error = sqlError(d.lastError());
        return false;
    }
    if (!body()) {
        d.rollback();
        return false;
    }
    if (!d.commit()) {
        m_error = sqlError(d.lastError());
        d.rollback();
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
    return transaction([&] {
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
        return version == kSchemaVersion && exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    });
}

bool ReviewStore::load(Review &out) const
{
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
        || !query(QStringLiteral(
            "SELECT id, original_text, assertion, equivalence_margin, mechanism_overview, gold_standard_note,"
            " created_at, favours_left, favours_right FROM claim ORDER BY position, id")))
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
    if (!finished()
        || !query(QStringLiteral("SELECT claim_id, study_id, stance, tagged_by, tagged_at FROM stance")))
        return false;
    while (q.next()) {
        const auto stance = stanceFromKey(q.value(2).toString());
        if (!stance)
            return unreadable(ReviewStoreText::tr("stance"), q.value(2).toString());
        r.stances[q.value(0).toLongLong()].insert(q.value(1).toLongLong(), {*stance, q.value(3).toString(),
                                                                            fromTimestamp(q.value(4).toString())});
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
    if (!finished())
        return false;
    out = std::move(r);
    return true;
}

bool ReviewStore::saveCopy(const QString &path)
{
    if (QFileInfo::exists(path)) {
        m_error = ReviewStoreText::tr("%1: a file of that name exists already").arg(path);
        return false;
    }
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(path);
    if (!q.exec()) {
        m_error = sqlError(q.lastError());
        QFile::remove(path);
        return false;
    }
    return true;
}

QString ReviewStore::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

int ReviewStore::studyCount() const
{
    QSqlQuery q(db(m_connection));
    return q.exec(QStringLiteral("SELECT count(*) FROM study")) && q.next() ? q.value(0).toInt() : 0;
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
        q.prepare(QStringLiteral("INSERT INTO claim (id, position, original_text, assertion, equivalence_margin,"
                                 " mechanism_overview, gold_standard_note, created_at, favours_left, favours_right)"
                                 " VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM claim), ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!run(q,
                 {c.id > 0 ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)), c.originalText,
                  assertionKey(c.assertion), real(c.equivalenceMargin), c.mechanismOverview, c.goldStandardNote,
                  timestamp(c.createdAt), c.favoursLeft, c.favoursRight},
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
                                  " favours_right = ? WHERE id = ?"),
                   {c.originalText, assertionKey(c.assertion), real(c.equivalenceMargin), c.mechanismOverview,
                    c.goldStandardNote, c.favoursLeft, c.favoursRight, c.id},
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
    Statement(sqlite3 *db, const char *sql) : m_db(db) { sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    void text(const QString &s)
    {
        const QByteArray utf8 = s.toUtf8();
        sqlite3_bind_text(m_stmt, ++m_index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
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

} // namespace

QList<qint64> ReviewStore::addStudies(const QList<Study> &studies, qint64 claimId, const QList<StanceTag> &stances,
                                      const Progress &progress, const StanceTags &otherTags)
{
    QList<qint64> ids;
    ids.reserve(studies.size());
    sqlite3 *handle = nativeHandle(m_connection);
    if (!handle) {
        m_error = ReviewStoreText::tr("the SQLite driver gives no connection handle");
        return ids;
    }
    const bool ok = transaction([&] {
        const QByteArray sql
            = QStringLiteral("INSERT INTO study (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kStudyColumns))
                  .toUtf8();
        Statement insert(handle, sql.constData());
        Statement tag(handle,
                      "INSERT OR REPLACE INTO stance (claim_id, study_id, stance, tagged_by, tagged_at)"
                      " VALUES (?, ?, ?, ?, ?)");
        if (!insert.ok() || !tag.ok()) {
            m_error = insert.error();
            return false;
        }
        const QString now = timestamp({});
        for (qsizetype i = 0; i < studies.size(); ++i) {
            const Study &s = studies[i];
            insert.integer(s.id, s.id <= 0); // a given id is kept (undo of a deletion)
            insert.text(s.authors);
            insert.text(s.title);
            insert.integer(s.year, s.year <= 0);
            insert.text(s.journal);
            insert.text(s.doi);
            insert.text(s.pmid);
            insert.text(s.url);
            insert.text(designKey(s.design));
            insert.real(s.quality);
            insert.text(s.qualityTool);
            for (const synth::StudyInputField &f : synth::kStudyInputFields)
                insert.real(s.data.*f.member);
            insert.integer(s.included ? 1 : 0);
            insert.text(s.notes);
            insert.text(s.extra.isEmpty()
                            ? QStringLiteral("{}")
                            : QString::fromUtf8(
                                QJsonDocument(QJsonObject::fromVariantMap(s.extra)).toJson(QJsonDocument::Compact)));
            insert.text(s.exclusionReason);
            if (!insert.step()) {
                m_error = insert.error();
                return false;
            }
            const qint64 id = sqlite3_last_insert_rowid(handle);
            ids.append(id);
            if (progress && i % 1000 == 999 && !progress(i + 1)) {
                m_error = ReviewStoreText::tr("cancelled");
                return false; // the transaction is rolled back: nothing of the import stays
            }
            if (claimId > 0 && i < stances.size() && stances[i].stance != Stance::Untagged) {
                tag.integer(claimId);
                tag.integer(id);
                tag.text(stanceKey(stances[i].stance));
                tag.text(stances[i].taggedBy);
                tag.text(stances[i].at.isValid() ? timestamp(stances[i].at) : now);
                if (!tag.step()) {
                    m_error = tag.error();
                    return false;
                }
            }
        }
        for (auto c = otherTags.begin(); c != otherTags.end(); ++c) {
            for (auto t = c->begin(); t != c->end(); ++t) {
                if (t->stance == Stance::Untagged)
                    continue;
                tag.integer(c.key());
                tag.integer(t.key());
                tag.text(stanceKey(t->stance));
                tag.text(t->taggedBy);
                tag.text(t->at.isValid() ? timestamp(t->at) : now);
                if (!tag.step()) {
                    m_error = tag.error();
                    return false;
                }
            }
        }
        return true;
    });
    if (!ok)
        ids.clear();
    return ids;
}

bool ReviewStore::updateStudies(const QList<Study> &studies)
{
    return transaction([&] {
        QSqlQuery q(db(m_connection));
        q.prepare(
            QStringLiteral("UPDATE study SET id = ?, authors = ?, title = ?, year = ?, journal = ?, doi = ?, pmid = ?,"
                           " url = ?, design = ?, quality = ?, quality_tool = ?, ai = ?, bi = ?, ci = ?, di = ?,"
                           " n1i = ?, n2i = ?, m1i = ?, sd1i = ?, m2i = ?, sd2i = ?, ri = ?, ni = ?, yi = ?, vi = ?,"
                           " sei = ?, included = ?, notes = ?, extra = ?, exclusion_reason = ? WHERE id = ?"));
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

bool ReviewStore::writeSettings(qint64 claimId, const SynthesisSettings &s)
{
    return run(m_connection,
               QStringLiteral("INSERT OR REPLACE INTO synthesis_settings (claim_id, measure, method, test, level, subgroup)"
                              " VALUES (?, ?, ?, ?, ?, ?)"),
               {claimId,
                s.automaticMeasure ? QStringLiteral("auto") : QString::fromLatin1(synth::measureName(s.measure).data()),
                QString::fromLatin1(synth::methodName(s.method).data()),
                QString::fromLatin1(synth::testName(s.test).data()), s.level, s.subgroup.key()},
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
