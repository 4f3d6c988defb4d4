/* store.c: the persistent claim store in SQLite.
 *
 * The store keeps everything the query commands print, so that they can
 * run without re-reading the articles.  Design choices, and why:
 *
 *  - Articles are keyed by the sha256 of their bytes (idempotent ingest) and
 *    found by their canonical location, so an edited file replaces its old
 *    version; deleting an article cascades to its assertions and their
 *    links (foreign keys); claims are rewritten whole at the end of an
 *    ingest, and loading one leaves out members that are gone.
 *  - Whole articles are written in BEGIN IMMEDIATE transactions in WAL
 *    mode, a batch of up to 64 of them (or 100 ms of holding the lock) per
 *    transaction: a crash leaves the store as it was before the batch, so
 *    it holds whole articles only.  Taking the write lock up front means
 *    two ingests serialise their writes instead of failing half-way with
 *    SQLITE_BUSY on upgrade.
 *  - Per-article work (read, segment, extract, scanning the article for
 *    speaker names, and preparing the assertions for linking) runs on a
 *    GThreadPool; the writes and the rest of speaker resolution run on the
 *    calling thread in file-list order, so a fresh ingest numbers
 *    everything like cg_pipeline_analyze(); linking runs on one more
 *    thread, in the same order, one article behind, and its links are
 *    written before the batch commits.
 *  - The ingest writes without foreign key checks (see
 *    cg_store_ingest_full()) and several rows per INSERT statement.
 *  - The store keeps no article bytes (schema 2): no query reads them, and
 *    they were a third of the file and of its writes.
 *  - Linking is incremental: stored assertions are indexed, new ones linked.
 *    A "generation" counter, bumped by every article transaction, tells an
 *    ingest that another process wrote in between; it then loads what was
 *    added (everything, if something was deleted) before writing, so its
 *    links and speaker ids stay right.
 *  - Claims are a function of the whole store and are rewritten once at the
 *    end of an ingest run (rewriting them per article would make an ingest
 *    quadratic).  A "claims_stale" flag, set by every article transaction
 *    and cleared by the rewrite, tells when an interrupted ingest left them
 *    behind; the next ingest of anything brings them up to date.
 *  - A claim of one assertion that is single-source with that assertion's
 *    speaker as its supporter, nearly every claim, is not a row: runs of
 *    them (schema 5, claim_runs) say which claim key is which assertion,
 *    and the readers merge them with the rows in key order.
 */
#include <glib/gstdio.h>
#include "cg-store.h"
#include "cg-sha256.h"
#include "cg-reader.h"
#include "cg-resolve.h"
#include "cg-link.h"
#include "cg-score.h"

#include <sqlite3.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define APPLICATION_ID 0x43475354 /* "CGST": marks a file as a claimgraph store */

/* ---- the schema ------------------------------------------------------------ */

/* migrations[N] takes a store from version N to N+1; all of them run in one
 * transaction.  A change to the schema is a new entry, never an edit. */
static const char *const migrations[] = {
  /* 0 -> 1 */
  "CREATE TABLE meta ("
  "  key   TEXT PRIMARY KEY,"
  "  value INTEGER NOT NULL"
  ") WITHOUT ROWID;"
  "INSERT INTO meta (key, value) VALUES ('generation', 0), ('claims_stale', 0);"
  "CREATE TABLE articles ("
  "  id          INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  path        TEXT NOT NULL,"      /* as given on the command line */
  "  location    TEXT NOT NULL,"      /* canonical absolute path */
  "  sha256      TEXT NOT NULL UNIQUE,"
  "  title       TEXT,"
  "  author      TEXT,"
  "  outlet      TEXT,"
  "  date        TEXT,"
  "  length      INTEGER NOT NULL,"
  "  raw         BLOB NOT NULL,"      /* dropped in version 2 */
  "  blanks      BLOB,"               /* int64 LE pairs: raw ranges blanked in the analysis text */
  "  text        BLOB,"               /* the analysis text when blanks cannot describe it */
  "  boilerplate BLOB"                /* int64 LE pairs */
  ");"
  "CREATE INDEX articles_location ON articles (location);"
  "CREATE TABLE speakers ("
  "  id   INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL,"
  "  kind TEXT NOT NULL"
  ");"
  "CREATE TABLE speaker_forms ("
  "  speaker_id INTEGER NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,"
  "  is_role    INTEGER NOT NULL,"
  "  pos        INTEGER NOT NULL,"
  "  form       TEXT NOT NULL,"
  "  PRIMARY KEY (speaker_id, is_role, pos)"
  ") WITHOUT ROWID;"
  "CREATE TABLE assertions ("
  "  id           INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  article_id   INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  kind         TEXT NOT NULL,"
  "  text         TEXT NOT NULL,"
  "  span_start   INTEGER NOT NULL,"
  "  span_end     INTEGER NOT NULL,"
  "  cue_text     TEXT,"
  "  cue_start    INTEGER NOT NULL,"
  "  cue_end      INTEGER NOT NULL,"
  "  source_text  TEXT,"
  "  source_start INTEGER NOT NULL,"
  "  source_end   INTEGER NOT NULL,"
  "  speaker_id   INTEGER,"
  "  certainty    TEXT NOT NULL,"
  "  polarity     TEXT NOT NULL,"
  "  stance       TEXT NOT NULL,"
  "  rule         TEXT,"
  "  sentence     INTEGER NOT NULL"
  ");"
  "CREATE INDEX assertions_article ON assertions (article_id);"
  "CREATE INDEX assertions_speaker ON assertions (speaker_id);"
  "CREATE INDEX assertions_kind ON assertions (kind);"
  "CREATE TABLE links ("
  "  id       INTEGER PRIMARY KEY,"
  "  from_id  INTEGER NOT NULL REFERENCES assertions (id) ON DELETE CASCADE,"
  "  to_id    INTEGER NOT NULL REFERENCES assertions (id) ON DELETE CASCADE,"
  "  relation TEXT NOT NULL,"
  "  score    REAL NOT NULL,"
  "  rule     TEXT,"
  "  evidence TEXT"
  ");"
  "CREATE INDEX links_from ON links (from_id);"
  "CREATE INDEX links_to ON links (to_id);"
  "CREATE INDEX links_relation ON links (relation);"
  "CREATE TABLE claims ("
  "  id      INTEGER PRIMARY KEY,"
  "  verdict TEXT NOT NULL"
  ");"
  "CREATE INDEX claims_verdict ON claims (verdict);"
  "CREATE TABLE claim_members ("
  "  claim_id     INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
  "  pos          INTEGER NOT NULL,"
  "  assertion_id INTEGER NOT NULL REFERENCES assertions (id) ON DELETE CASCADE,"
  "  PRIMARY KEY (claim_id, pos)"
  ") WITHOUT ROWID;"
  "CREATE INDEX claim_members_assertion ON claim_members (assertion_id);"
  "CREATE TABLE claim_speakers ("
  "  claim_id    INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,"
  "  contradicts INTEGER NOT NULL,"  /* 0: independent supporter, 1: contradictor */
  "  pos         INTEGER NOT NULL,"
  "  speaker_id  INTEGER NOT NULL,"
  "  PRIMARY KEY (claim_id, contradicts, pos)"
  ") WITHOUT ROWID;",
  /* 1 -> 2: no query read the article bytes back (only cg_store_load() with
   * text, which now reads the file, see load_articles()), and they were a
   * third of the store and of its writes; the indexes on kind, speaker,
   * relation and verdict served only the counts of `stats`, which scan a
   * table as fast, and cost every insert.  What the foreign keys cascade
   * through keeps its index. */
  "DROP INDEX assertions_speaker;"
  "DROP INDEX assertions_kind;"
  "DROP INDEX links_relation;"
  "DROP INDEX claims_verdict;"
  "ALTER TABLE articles DROP COLUMN raw;",
  /* 2 -> 3: a claim is one row, its members and speakers lists of keys in
   * it: writing the claims of a whole store at the end of every ingest was
   * a row per claim, per member and per speaker in three tables and an
   * index, a third of the ingest thread's CPU.  Nothing looks a claim up by
   * its members (an ingest rewrites every claim when an article changed).
   * The lists keep their order: the window's ORDER BY sets the order of
   * group_concat() over it. */
  "CREATE TABLE claims_v3 ("
  "  id            INTEGER PRIMARY KEY,"
  "  verdict       TEXT NOT NULL,"
  "  members       TEXT NOT NULL,"   /* assertion keys in order, separated by spaces */
  "  supporters    TEXT NOT NULL,"   /* speaker keys, the same way */
  "  contradictors TEXT NOT NULL"
  ");"
  "INSERT INTO claims_v3 (id, verdict, members, supporters, contradictors)"
  " SELECT c.id, c.verdict, coalesce (m.list, ''), coalesce (s0.list, ''), coalesce (s1.list, '') FROM claims c"
  " LEFT JOIN (SELECT claim_id, pos, group_concat (assertion_id, ' ') OVER (PARTITION BY claim_id ORDER BY pos"
  "   ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS list FROM claim_members) m"
  "  ON m.claim_id = c.id AND m.pos = 0"
  " LEFT JOIN (SELECT claim_id, pos, group_concat (speaker_id, ' ') OVER (PARTITION BY claim_id ORDER BY pos"
  "   ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS list FROM claim_speakers WHERE contradicts = 0) s0"
  "  ON s0.claim_id = c.id AND s0.pos = 0"
  " LEFT JOIN (SELECT claim_id, pos, group_concat (speaker_id, ' ') OVER (PARTITION BY claim_id ORDER BY pos"
  "   ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS list FROM claim_speakers WHERE contradicts = 1) s1"
  "  ON s1.claim_id = c.id AND s1.pos = 0;"
  "DROP TABLE claim_speakers;"
  "DROP TABLE claim_members;"
  "DROP TABLE claims;"
  "ALTER TABLE claims_v3 RENAME TO claims;",
  /* 3 -> 4: the news agencies whose copy an article prints (CgArticle.wire);
   * NULL, none, for the articles of an older store until ingested again. */
  "ALTER TABLE articles ADD COLUMN wire TEXT;",
  /* 4 -> 5: the claims of one assertion and no other voice are not rows.
   * Of a whole-corpus store's 1,166,844 claims 1,165,427 are single-source,
   * nearly all of them one assertion whose speaker is the one supporter:
   * writing them was most of the store work after the last article.  Such
   * a claim is implied by a run: claims id .. id + count - 1 are, in
   * order, assertions first_assertion .. first_assertion + count - 1, each
   * single-source, its speaker (none when it has none) its supporter.  A
   * store of version 4 keeps its claims as rows, with no run, until an
   * ingest rewrites them. */
  "CREATE TABLE claim_runs ("
  "  id              INTEGER PRIMARY KEY,"   /* the run's first claim key */
  "  first_assertion INTEGER NOT NULL,"
  "  count           INTEGER NOT NULL"
  ");",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == CG_STORE_SCHEMA_VERSION);

/* Every statement the store runs, prepared once per connection. */
typedef enum {
  ST_GET_META,
  ST_SET_META,
  ST_ARTICLE_BY_SHA,
  ST_ARTICLE_AT,
  ST_ARTICLE_ASSERTIONS,
  ST_DELETE_ARTICLE,
  ST_DELETE_ARTICLE_LINKS_FROM,
  ST_DELETE_ARTICLE_LINKS_TO,
  ST_DELETE_ARTICLE_ROWS,
  ST_INSERT_ARTICLE,
  ST_INSERT_LINK,
  ST_LOAD_SHAS,
  ST_LOAD_ARTICLES,
  ST_LOAD_ARTICLES_TEXT,
  ST_LOAD_ASSERTIONS,
  ST_LOAD_SPEAKERS,
  ST_LOAD_FORMS,
  ST_LOAD_LINKS,
  ST_LOAD_CLAIMS,
  ST_COUNT_ARTICLES,
  ST_COUNT_SPEAKERS,
  ST_COUNT_KINDS,
  ST_COUNT_RELATIONS,
  ST_COUNT_VERDICTS,
  ST_COUNT_RUNS,
  ST_LOAD_RUNS,
  ST_RUN_OF,
  N_STATEMENTS
} StatementId;

/* What read_assertions() reads, in its order. */
#define ASSERTION_COLUMNS                                                                      \
  "id, article_id, kind, text, span_start, span_end, cue_text, cue_start, cue_end, source_text," \
  " source_start, source_end, speaker_id, certainty, polarity, stance, rule, sentence"

static const char *const statement_sql[N_STATEMENTS] = {
  [ST_GET_META] = "SELECT value FROM meta WHERE key = ?1",
  [ST_SET_META] = "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  [ST_ARTICLE_BY_SHA] = "SELECT id FROM articles WHERE sha256 = ?1",
  [ST_ARTICLE_AT] = "SELECT id FROM articles WHERE location = ?1 AND sha256 <> ?2",
  [ST_ARTICLE_ASSERTIONS] = "SELECT id FROM assertions WHERE article_id = ?1",
  [ST_DELETE_ARTICLE] = "DELETE FROM articles WHERE id = ?1",
  /* What the foreign keys would cascade to, for an ingest (which runs
   * without them, see cg_store_ingest_full()). */
  [ST_DELETE_ARTICLE_LINKS_FROM] = "DELETE FROM links WHERE from_id IN (SELECT id FROM assertions WHERE article_id = ?1)",
  [ST_DELETE_ARTICLE_LINKS_TO] = "DELETE FROM links WHERE to_id IN (SELECT id FROM assertions WHERE article_id = ?1)",
  [ST_DELETE_ARTICLE_ROWS] = "DELETE FROM assertions WHERE article_id = ?1",
  [ST_INSERT_ARTICLE] =
    "INSERT INTO articles (path, location, sha256, title, author, outlet, date, length,"
    " blanks, text, boilerplate, wire) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?11, ?12, ?13)",
  [ST_INSERT_LINK] =
    "INSERT INTO links (from_id, to_id, relation, score, rule, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [ST_LOAD_SHAS] = "SELECT sha256, location FROM articles",
  [ST_LOAD_ARTICLES] =
    "SELECT id, path, sha256, title, author, outlet, date, length, boilerplate, NULL, NULL, NULL, wire"
    " FROM articles WHERE id > ?1 ORDER BY id",
  [ST_LOAD_ARTICLES_TEXT] =
    "SELECT id, path, sha256, title, author, outlet, date, length, boilerplate, location, blanks, text, wire"
    " FROM articles WHERE id > ?1 ORDER BY id",
  [ST_LOAD_ASSERTIONS] =
    "SELECT " ASSERTION_COLUMNS " FROM assertions WHERE id > ?1 ORDER BY id",
  [ST_LOAD_SPEAKERS] = "SELECT id, name, kind FROM speakers ORDER BY id",
  [ST_LOAD_FORMS] = "SELECT speaker_id, is_role, form FROM speaker_forms ORDER BY speaker_id, is_role, pos",
  [ST_LOAD_LINKS] = "SELECT from_id, to_id, relation, score, rule, evidence, id FROM links WHERE id > ?1 ORDER BY id",
  [ST_LOAD_CLAIMS] = "SELECT id, verdict, members, supporters, contradictors FROM claims ORDER BY id",
  [ST_COUNT_ARTICLES] = "SELECT count(*), coalesce(sum(length), 0) FROM articles",
  [ST_COUNT_SPEAKERS] = "SELECT count(*) FROM speakers",
  [ST_COUNT_KINDS] = "SELECT kind, count(*) FROM assertions GROUP BY kind",
  [ST_COUNT_RELATIONS] = "SELECT relation, count(*) FROM links GROUP BY relation",
  [ST_COUNT_VERDICTS] = "SELECT verdict, count(*) FROM claims GROUP BY verdict",
  [ST_COUNT_RUNS] = "SELECT count(*), coalesce(sum(count), 0) FROM claim_runs",
  [ST_LOAD_RUNS] = "SELECT id, first_assertion, count FROM claim_runs ORDER BY id",
  [ST_RUN_OF] = "SELECT r.id, r.first_assertion, r.count, a.speaker_id FROM"
                " (SELECT id, first_assertion, count FROM claim_runs WHERE id <= ?1 ORDER BY id DESC LIMIT 1) r"
                " LEFT JOIN assertions a ON a.id = r.first_assertion + ?1 - r.id WHERE ?1 < r.id + r.count",
};

/* The bulk inserts of an ingest write several rows per statement: the
 * work per statement (opening the table's cursors, AUTOINCREMENT's
 * counter, ending the statement) was as much as the work per row.  Each
 * has a statement per row count up to MULTI_ROWS, prepared when first
 * needed, with plain "?" parameters: row R's column C is parameter
 * R * cols + C + 1.  Runs of rows longer than that (the claims, a long
 * article's assertions, a batch's speakers and forms) go through the wide
 * statements of MULTI_ROWS << 1 .. MULTI_ROWS << MULTI_WIDE rows, largest
 * first: a statement cost 9,500 instructions beyond its rows (p1,
 * callgrind), and preparing one of every count up to the widest instead
 * (95M on p1 against 9M) would cost more than a small ingest saves. */
#define MULTI_ROWS 16
#define MULTI_WIDE 3
#define MULTI_MAX  (MULTI_ROWS << MULTI_WIDE)
#define MULTI_SLOTS (MULTI_ROWS + MULTI_WIDE)

typedef enum {
  MT_ASSERTION,
  MT_CLAIM,
  MT_CLAIM_RUN,
  MT_SPEAKER,
  MT_FORM,
  N_MULTI
} MultiId;

static const struct {
  const char *head;
  guint       cols;
  const char *tail;   /* after the rows, or NULL */
} multi_sql[N_MULTI] = {
  [MT_ASSERTION] = { "INSERT INTO assertions (article_id, kind, text, span_start, span_end, cue_text, cue_start,"
                     " cue_end, source_text, source_start, source_end, speaker_id, certainty, polarity, stance,"
                     " rule, sentence) VALUES ", 17, NULL },
  [MT_CLAIM] = { "INSERT INTO claims (id, verdict, members, supporters, contradictors) VALUES ", 5, NULL },
  [MT_CLAIM_RUN] = { "INSERT INTO claim_runs (id, first_assertion, count) VALUES ", 3, NULL },
  /* A batch's new and changed speakers, and their new aliases and roles:
   * a statement per speaker and per form was 4,400 instructions of
   * SQLite each, a sixth of the writes of an article. */
  [MT_SPEAKER] = { "INSERT INTO speakers (id, name, kind) VALUES ", 3,
                   " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind" },
  [MT_FORM] = { "INSERT INTO speaker_forms (speaker_id, is_role, pos, form) VALUES ", 4, NULL },
};

struct _CgStore {
  sqlite3      *db;
  char         *path;
  CgStoreMode   mode;
  gint          busy_ms;
  sqlite3_stmt *statements[N_STATEMENTS];
  sqlite3_stmt *multi[N_MULTI][MULTI_SLOTS];  /* [table][rows - 1], then the wide ones */
  /* Threads freeing what the last ingest held (GThread*), joined by the
   * next ingest or cg_store_close(): freeing a large run's records takes
   * a while, which closing the store (a checkpoint, mostly waiting for
   * the disk) can hide. */
  GPtrArray    *freeing;
  gboolean      runs;   /* the store has the table claim_runs (schema 5) */
};

static void
join_freeing (CgStore *s)
{
  for (guint i = 0; i < s->freeing->len; i++)
    g_thread_join (g_ptr_array_index (s->freeing, i));
  g_ptr_array_set_size (s->freeing, 0);
}

/* ---- small helpers ----------------------------------------------------------- */

/* The error of connection DB to the store at PATH (also a connection of
 * its own on another thread: see speaker_index_thread()). */
static gboolean
db_error_on (sqlite3 *db, const char *path, gint busy_ms, GError **error, const char *what)
{
  int code = db ? sqlite3_errcode (db) : SQLITE_NOMEM;
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    g_set_error (error, CG_ERROR, CG_ERROR_STORE,
                 "%s: the store is locked by another process (gave up after %d ms %s)",
                 path, busy_ms, what);
  else if (code == SQLITE_NOTADB)
    g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: not a claim store (the file is not a database)", path);
  else if (code == SQLITE_READONLY)
    g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: the store is read-only (%s)", path, what);
  else
    g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: %s: %s", path, what,
                 db ? sqlite3_errmsg (db) : "out of memory");
  return FALSE;
}

static gboolean
db_error (CgStore *s, GError **error, const char *what)
{
  return db_error_on (s->db, s->path, s->busy_ms, error, what);
}

/* The prepared statement ID, reset and unbound; it belongs to the store. */
static sqlite3_stmt *
statement (CgStore *s, StatementId id, GError **error)
{
  sqlite3_stmt *st = s->statements[id];
  if (st == NULL)
    {
      if (sqlite3_prepare_v3 (s->db, statement_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &st, NULL) != SQLITE_OK)
        {
          db_error (s, error, "preparing a statement");
          return NULL;
        }
      s->statements[id] = st;
    }
  sqlite3_reset (st);
  sqlite3_clear_bindings (st);
  return st;
}

/* The prepared statement inserting ROWS (1..MULTI_ROWS, or MULTI_ROWS << W
 * for W in 1..MULTI_WIDE) rows into table ID, reset; it belongs to the
 * store. */
static sqlite3_stmt *
multi_statement (CgStore *s, MultiId id, guint rows, GError **error)
{
  guint index = rows - 1;
  if (rows > MULTI_ROWS)
    {
      index = MULTI_ROWS;
      for (guint w = MULTI_ROWS << 1; w < rows; w <<= 1)
        index++;
    }
  g_assert (index < MULTI_SLOTS);
  sqlite3_stmt **slot = &s->multi[id][index];
  if (*slot == NULL)
    {
      GString *sql = g_string_new (multi_sql[id].head);
      for (guint r = 0; r < rows; r++)
        {
          g_string_append (sql, r ? ",(" : "(");
          for (guint c = 0; c < multi_sql[id].cols; c++)
            g_string_append (sql, c ? ",?" : "?");
          g_string_append_c (sql, ')');
        }
      if (multi_sql[id].tail)
        g_string_append (sql, multi_sql[id].tail);
      int rc = sqlite3_prepare_v3 (s->db, sql->str, -1, SQLITE_PREPARE_PERSISTENT, slot, NULL);
      g_string_free (sql, TRUE);
      if (rc != SQLITE_OK)
        {
          *slot = NULL;
          db_error (s, error, "preparing a statement");
          return NULL;
        }
    }
  sqlite3_reset (*slot);
  return *slot;
}

/* Bind row ROW of the caller's rows to ST from parameter BASE on; FALSE
 * with ERROR when the row cannot be stored. */
typedef gboolean (*BindRow) (CgStore *s, sqlite3_stmt *st, int base, guint row, gpointer data, GError **error);

/* Insert N rows into table ID, up to MULTI_MAX per statement; after each
 * statement, DONE (may be NULL) learns its first row, its row count and
 * the rowid of its last row. */
static gboolean
insert_rows (CgStore *s, MultiId id, guint n, BindRow bind, void (*done) (guint, guint, gint64, gpointer),
             gpointer data, const char *what, GError **error)
{
  for (guint i = 0, k; i < n; i += k)
    {
      k = MULTI_MAX;
      while (k > MULTI_ROWS && k > n - i)
        k >>= 1;
      k = MIN (k, n - i);
      sqlite3_stmt *st = multi_statement (s, id, k, error);
      if (st == NULL)
        return FALSE;
      /* sqlite3_bind_*() past the statement's last parameter only returns
       * SQLITE_RANGE, which nobody reads: a statement of the wrong width
       * would store part of the rows and say nothing. */
      if (sqlite3_bind_parameter_count (st) != (int) (k * multi_sql[id].cols))
        {
          g_set_error (error, CG_ERROR, CG_ERROR_STORE,
                       "%s: %s: a statement of %d parameters for %u rows of %u columns",
                       s->path, what, sqlite3_bind_parameter_count (st), k, multi_sql[id].cols);
          return FALSE;
        }
      for (guint r = 0; r < k; r++)
        if (!bind (s, st, (int) (r * multi_sql[id].cols + 1), i + r, data, error))
          return FALSE;
      int rc = sqlite3_step (st);
      sqlite3_reset (st);
      /* The bound strings belong to the caller, but every use of the
       * statement binds each parameter again before it steps: clearing
       * them (2,400 instructions a statement) is not needed. */
      if (rc != SQLITE_DONE)
        return db_error (s, error, what);
      if (done)
        done (i, k, sqlite3_last_insert_rowid (s->db), data);
    }
  return TRUE;
}

static void
bind_text (sqlite3_stmt *st, int i, const char *text)
{
  if (text)
    sqlite3_bind_text (st, i, text, -1, SQLITE_STATIC);  /* every caller steps before TEXT changes */
  else
    sqlite3_bind_null (st, i);
}

/* Run ST to completion (an INSERT, UPDATE or DELETE). */
static gboolean
step_done (CgStore *s, sqlite3_stmt *st, GError **error, const char *what)
{
  int rc = sqlite3_step (st);
  sqlite3_reset (st);
  if (rc != SQLITE_DONE)
    return db_error (s, error, what);
  return TRUE;
}

static char *
column_string (sqlite3_stmt *st, int col)
{
  const unsigned char *t = sqlite3_column_text (st, col);
  return t ? g_strndup ((const char *) t, (gsize) sqlite3_column_bytes (st, col)) : NULL;
}

/* "a17" from 'a' and 17, as g_strdup_printf ("%c%" G_GINT64_FORMAT) would
 * give it at a tenth of the cost: the store makes one for every row it
 * writes or loads.  Returns a new string. */
static char *
key_string (char prefix, gint64 key)
{
  char buf[24], *p = buf + sizeof buf;
  guint64 v = key < 0 ? (guint64) 0 - (guint64) key : (guint64) key;
  *--p = '\0';
  do
    *--p = (char) ('0' + v % 10);
  while ((v /= 10) != 0);
  if (key < 0)
    *--p = '-';
  *--p = prefix;
  return g_memdup2 (p, (gsize) (buf + sizeof buf - p));
}

/* "a17" -> 17; FALSE for anything that is not PREFIX followed by digits
 * making a positive int64.  By hand: the store parses every id it writes
 * (a claim's members, a link's ends), and strtoll's locale and errno work
 * was most of it. */
static gboolean
parse_id (const char *id, char prefix, gint64 *out)
{
  if (id == NULL || id[0] != prefix || !g_ascii_isdigit (id[1]))
    return FALSE;
  guint64 v = 0;
  const char *p = id + 1;
  for (; g_ascii_isdigit (*p); p++)
    {
      guint d = (guint) (*p - '0');
      if (v > ((guint64) G_MAXINT64 - d) / 10)
        return FALSE;
      v = v * 10 + d;
    }
  if (*p != '\0' || v == 0)
    return FALSE;
  *out = (gint64) v;
  return TRUE;
}

static gboolean
bad_id (CgStore *s, const char *what, const char *id, GError **error)
{
  g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: cannot store %s id \"%s\" (expected a letter and a number)",
               s->path, what, id ? id : "(null)");
  return FALSE;
}

/* Spans are stored as little-endian int64 pairs. */
static GBytes *
spans_to_blob (const GArray *spans)
{
  gsize n = spans ? spans->len : 0;
  gint64 *v = g_new (gint64, 2 * n + 1);
  for (gsize i = 0; i < n; i++)
    {
      CgSpan sp = g_array_index (spans, CgSpan, i);
      v[2 * i] = GINT64_TO_LE (sp.start);
      v[2 * i + 1] = GINT64_TO_LE (sp.end);
    }
  return g_bytes_new_take (v, 2 * n * sizeof (gint64));
}

static GArray *
spans_from_blob (const void *blob, gsize bytes)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (CgSpan));
  const guint8 *p = blob;
  for (gsize i = 0; p && i + 16 <= bytes; i += 16)
    {
      gint64 a, b;
      memcpy (&a, p + i, 8);
      memcpy (&b, p + i + 8, 8);
      CgSpan sp = { GINT64_FROM_LE (a), GINT64_FROM_LE (b) };
      g_array_append_val (spans, sp);
    }
  return spans;
}

/* The byte ranges where TEXT differs from RAW, when TEXT is RAW with those
 * ranges blanked to spaces (the reader's contract); NULL otherwise. */
static GArray *
blanked_ranges (const char *raw, const char *text, gsize len)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (CgSpan));
  for (gsize i = 0; i < len;)
    {
      /* Most of an article is not blanked: skip equal bytes eight at a time. */
      guint64 a, b;
      if (i + 8 <= len && (memcpy (&a, raw + i, 8), memcpy (&b, text + i, 8), a == b))
        {
          i += 8;
          continue;
        }
      if (raw[i] == text[i])
        {
          i++;
          continue;
        }
      gsize j = i;
      while (j < len && raw[j] != text[j])
        {
          if (text[j] != ' ')
            {
              g_array_unref (spans);
              return NULL;
            }
          j++;
        }
      CgSpan sp = { (gint64) i, (gint64) j };
      g_array_append_val (spans, sp);
      i = j;
    }
  return spans;
}

/* What the store keeps of A's analysis text: the ranges of its raw bytes
 * blanked in it, or NULL when blanks cannot describe it (the text itself
 * is stored then).  Returns a new blob, or NULL. */
static GBytes *
article_blanks (const CgArticle *a)
{
  GArray *blanks = a->raw && a->text ? blanked_ranges (a->raw, a->text, a->len) : NULL;
  GBytes *bl = blanks ? spans_to_blob (blanks) : NULL;
  if (blanks)
    g_array_unref (blanks);
  return bl;
}

static gint
busy_timeout_ms (void)
{
  const char *env = g_getenv ("CLAIMGRAPH_BUSY_TIMEOUT");
  if (env && *env)
    {
      char *end;
      gint64 v = g_ascii_strtoll (env, &end, 10);
      if (*end == '\0' && v >= 0 && v <= G_MAXINT)
        return (gint) v;
    }
  return CG_STORE_BUSY_TIMEOUT_MS;
}

/* ---- where an ingest spends its time ------------------------------------------- */

/* With $CLAIMGRAPH_INGEST_TIMES set, an ingest prints on stderr, per
 * thread, its CPU seconds and the seconds it spent waiting for another
 * thread, and the main thread's phases: the critical path of a run is the
 * thread that waits least.  It also counts the threads with work (not
 * waiting for another) over time, and from that the core-seconds the run
 * left a core without work: what it loses to waits on an idle machine,
 * whatever the load it was measured at.  Off, each counter costs a
 * branch. */
typedef enum {
  TT_MAIN,      /* the calling thread: resolution and SQL */
  TT_POOL,      /* the workers together */
  TT_LINK,
  TT_COMPARE,
  N_TT
} TimedThread;

typedef enum {
  TW_ITEM,      /* main: a worker's item not ready */
  TW_LINKS,     /* main: the link threads' pending jobs, at a commit */
  TW_JOBS,      /* link, compare: nothing to do */
  N_TW
} TimedWait;

/* The main thread's phases, each ended by phase_mark(). */
typedef enum {
  PH_ARTICLES,   /* the files, in order */
  PH_LAST,       /* the last links and commit */
  PH_JOINED,     /* the pool and link threads ended, claims' records gathered */
  PH_SCORED,     /* cg_score_claims() */
  PH_WRITTEN,    /* the claims written and committed */
  PH_FREED,      /* the rest freed (the large records on threads: see CgStore.freeing) */
  N_PHASES
} Phase;

typedef enum {
  MS_BUSY,
  MS_ITEM,       /* waiting for a worker's item */
  MS_LINKS,      /* waiting for the link threads at a commit */
  N_MS
} MainState;

typedef struct {
  gboolean on;
  gint64   cpu_us[N_TT];
  gint64   sys_us[N_TT];             /* of CPU_US, in the kernel (not counted for the pool) */
  gint64   faults[N_TT];             /* page faults (not counted for the pool) */
  gint64   wait_us[N_TT][N_TW];
  gint64   mark_cpu, mark_wall;        /* the main thread's last phase_mark() */
  gint64   mark_proc;                  /* the process's CPU at that mark */
  gint64   phase_cpu[N_PHASES], phase_wall[N_PHASES];
  /* threads with work: BUSY since BUSY_MARK; IDLE_US core-microseconds
   * with fewer than CORES of them, PHASE_IDLE[p] of them in phase P */
  GMutex   busy_lock;
  gint     busy, cores;
  gint64   busy_mark, idle_us, idle_mark;
  gint64   phase_idle[N_PHASES];
  /* what the main thread is doing (a MainState), and IDLE_US split by it */
  gint     main_state;
  gint64   idle_while[N_MS];
  guint    scans, rescans;           /* workers' scans resolved; of them, redone by the main thread */
  guint    ahead;                    /* articles resolved while a commit waited for links */
  /* the timeline: a sampler thread's readings of the counters above, every
   * TIMELINE_USEC, reported by tenths of the run (see timeline_sample()) */
  gint64   wait_since[N_TT];         /* the wait a thread is in, since (0: none) */
  clockid_t clock[N_TT];             /* the main and link threads' CPU clocks */
  gboolean clocked[N_TT];
  gint     phase_now;                /* the main thread's phase */
  GArray  *samples;
  GThread *sampler;
  GMutex   sampler_lock;
  GCond    sampler_cond;
  gboolean sampler_stop;
} Times;

static Times times;

/* A thread starts (DELTA 1) or stops (-1) having work. */
static void
busy_change (gint delta)
{
  if (!times.on)
    return;
  g_mutex_lock (&times.busy_lock);
  gint64 now = g_get_monotonic_time ();
  times.idle_us += (now - times.busy_mark) * MAX (0, times.cores - times.busy);
  times.idle_while[__atomic_load_n (&times.main_state, __ATOMIC_RELAXED)]
    += (now - times.busy_mark) * MAX (0, times.cores - times.busy);
  times.busy_mark = now;
  times.busy += delta;
  g_mutex_unlock (&times.busy_lock);
}

/* The calling thread's system time so far; FAULTS (may be NULL) gets
 * its page faults so far, the other half of system time besides calls. */
static gint64
thread_sys_us (gint64 *faults)
{
  struct rusage ru;
  if (getrusage (RUSAGE_THREAD, &ru) != 0)
    return 0;
  if (faults)
    *faults = ru.ru_minflt + ru.ru_majflt;
  return (gint64) ru.ru_stime.tv_sec * G_USEC_PER_SEC + ru.ru_stime.tv_usec;
}

static gint64
thread_cpu_us (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gint64
process_cpu_us (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* End phase P of the main thread: the time since the last mark is its.
 * From PH_SCORED on the pool and link threads are gone and the only other
 * threads are ones the main thread started for that phase (scoring's,
 * the freeing ones), which busy_change() does not see: those phases'
 * idle cores are the cores' wall time less the process's CPU. */
static void
phase_mark (Phase p)
{
  if (!times.on)
    return;
  busy_change (0);
  gint64 cpu = thread_cpu_us (), wall = g_get_monotonic_time (), proc = process_cpu_us ();
  if (p >= PH_SCORED)
    times.phase_idle[p] += MAX (0, (wall - times.mark_wall) * times.cores - (proc - times.mark_proc));
  else
    times.phase_idle[p] += times.idle_us - times.idle_mark;
  times.idle_mark = times.idle_us;
  times.phase_cpu[p] += cpu - times.mark_cpu;
  times.phase_wall[p] += wall - times.mark_wall;
  times.mark_cpu = cpu;
  times.mark_wall = wall;
  times.mark_proc = proc;
  __atomic_store_n (&times.phase_now, (gint) p + 1, __ATOMIC_RELAXED);
}

/* Set between wait_start() and wait_end(), so that the wait's idle cores
 * are counted under it. */
static void
main_state (MainState m)
{
  __atomic_store_n (&times.main_state, (gint) m, __ATOMIC_RELAXED);
}

static gint64
wait_start (TimedThread t)
{
  busy_change (-1);
  if (!times.on)
    return 0;
  gint64 now = g_get_monotonic_time ();
  __atomic_store_n (&times.wait_since[t], now, __ATOMIC_RELAXED);
  return now;
}

static void
wait_end (TimedThread t, TimedWait w, gint64 started)
{
  if (times.on)
    {
      __atomic_store_n (&times.wait_since[t], 0, __ATOMIC_RELAXED);
      __atomic_fetch_add (&times.wait_us[t][w], g_get_monotonic_time () - started, __ATOMIC_RELAXED);
    }
  busy_change (1);
}

/* ---- the timeline --------------------------------------------------------------- */

/* Totals over a run cannot say which thread held the others back when:
 * a sampler thread reads, every TIMELINE_USEC, the process's and the main
 * and link threads' CPU clocks, the pool's CPU (counted per item), the
 * waits (a wait under way included) and the idle core-time, and the
 * report gives their growth by tenths of the run.  The CPU not counted
 * for a thread is the pool's item under way and the threads of scoring
 * and freeing. */
#define TIMELINE_USEC (50 * 1000)

enum { TL_MAIN_ITEM, TL_MAIN_LINKS, TL_LINK_JOBS, TL_COMPARE_JOBS, N_TL };

typedef struct {
  gint64 wall, proc, idle;
  gint64 cpu[N_TT];
  gint64 wait[N_TL];
  gint   phase;
} Sample;

/* The calling thread's CPU clock, for the sampler to read. */
static void
timeline_clock (TimedThread t)
{
  if (times.on && pthread_getcpuclockid (pthread_self (), &times.clock[t]) == 0)
    __atomic_store_n (&times.clocked[t], TRUE, __ATOMIC_RELEASE);
}

/* The clock of a thread that ends goes with it: its last reading stays. */
static void
timeline_unclock (TimedThread t)
{
  if (times.on)
    __atomic_store_n (&times.clocked[t], FALSE, __ATOMIC_RELEASE);
}

static gint64
waited (TimedThread t, TimedWait w, gint64 now)
{
  gint64 us = __atomic_load_n (&times.wait_us[t][w], __ATOMIC_RELAXED);
  gint64 since = __atomic_load_n (&times.wait_since[t], __ATOMIC_RELAXED);
  /* a wait under way is the kind the thread is in: the main thread's by its state */
  gint state = __atomic_load_n (&times.main_state, __ATOMIC_RELAXED);
  gboolean this_kind = t != TT_MAIN || state == (w == TW_ITEM ? MS_ITEM : MS_LINKS);
  return us + (since && this_kind && now > since ? now - since : 0);
}

static void
timeline_sample (void)
{
  Sample sm = { 0 };
  const Sample *last = times.samples->len ? &g_array_index (times.samples, Sample, times.samples->len - 1) : NULL;
  sm.wall = g_get_monotonic_time ();
  sm.proc = process_cpu_us ();
  for (guint t = 0; t < N_TT; t++)
    {
      struct timespec ts;
      if (t == TT_POOL)
        sm.cpu[t] = __atomic_load_n (&times.cpu_us[t], __ATOMIC_RELAXED);
      else if (__atomic_load_n (&times.clocked[t], __ATOMIC_ACQUIRE) && clock_gettime (times.clock[t], &ts) == 0)
        sm.cpu[t] = (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
      else
        /* before the thread starts, or after it ended and left its total */
        sm.cpu[t] = MAX (last ? last->cpu[t] : 0, __atomic_load_n (&times.cpu_us[t], __ATOMIC_RELAXED));
    }
  sm.wait[TL_MAIN_ITEM] = waited (TT_MAIN, TW_ITEM, sm.wall);
  sm.wait[TL_MAIN_LINKS] = waited (TT_MAIN, TW_LINKS, sm.wall);
  sm.wait[TL_LINK_JOBS] = waited (TT_LINK, TW_JOBS, sm.wall);
  sm.wait[TL_COMPARE_JOBS] = waited (TT_COMPARE, TW_JOBS, sm.wall);
  busy_change (0);
  g_mutex_lock (&times.busy_lock);
  sm.idle = times.idle_us;
  g_mutex_unlock (&times.busy_lock);
  sm.phase = __atomic_load_n (&times.phase_now, __ATOMIC_RELAXED);
  g_array_append_val (times.samples, sm);
}

static gpointer
sampler_thread (gpointer data)
{
  (void) data;
  g_mutex_lock (&times.sampler_lock);
  while (!times.sampler_stop)
    {
      g_mutex_unlock (&times.sampler_lock);
      timeline_sample ();
      g_mutex_lock (&times.sampler_lock);
      gint64 until = g_get_monotonic_time () + TIMELINE_USEC;
      while (!times.sampler_stop && g_cond_wait_until (&times.sampler_cond, &times.sampler_lock, until))
        ;
    }
  g_mutex_unlock (&times.sampler_lock);
  return NULL;
}

static void
timeline_start (void)
{
  if (!times.on)
    return;
  timeline_clock (TT_MAIN);
  times.samples = g_array_new (FALSE, TRUE, sizeof (Sample));
  g_mutex_init (&times.sampler_lock);
  g_cond_init (&times.sampler_cond);
  times.sampler = g_thread_new ("cg-times", sampler_thread, NULL);
}

/* Stop the sampler, take a last sample and print the tenths. */
static void
timeline_report (void)
{
  static const char *const phase[N_PHASES + 1] = { "articles", "last links", "joined", "scored",
                                                    "written", "freed", "end" };
  if (!times.sampler)
    return;
  g_mutex_lock (&times.sampler_lock);
  times.sampler_stop = TRUE;
  g_cond_signal (&times.sampler_cond);
  g_mutex_unlock (&times.sampler_lock);
  g_thread_join (times.sampler);
  times.sampler = NULL;
  timeline_sample ();
  GArray *a = times.samples;
  const Sample *first = &g_array_index (a, Sample, 0), *end = &g_array_index (a, Sample, a->len - 1);
  fprintf (stderr, "ingest timeline: tenth  from-to wall s | CPU s: all  main  pool link compare  rest |"
           " waits s: main items links, link jobs, compare jobs | cores without work s | main phases\n");
  guint j = 0;
  for (guint k = 0; k < 10; k++)
    {
      gint64 until = first->wall + (end->wall - first->wall) * (k + 1) / 10;
      const Sample *from = &g_array_index (a, Sample, j);
      guint i = j;
      while (i + 1 < a->len && g_array_index (a, Sample, i + 1).wall <= until)
        i++;
      if (k == 9)
        i = a->len - 1;
      const Sample *to = &g_array_index (a, Sample, i);
      gint64 rest = (to->proc - from->proc);
      for (guint t = 0; t < N_TT; t++)
        rest -= to->cpu[t] - from->cpu[t];
      fprintf (stderr, "ingest timeline: %2u %7.2f-%7.2f | %6.2f %5.2f %5.2f %5.2f %5.2f %5.2f |"
               " %5.2f %5.2f, %5.2f, %5.2f | %5.2f | %s-%s\n",
               k + 1, (from->wall - first->wall) / 1e6, (to->wall - first->wall) / 1e6,
               (to->proc - from->proc) / 1e6, (to->cpu[TT_MAIN] - from->cpu[TT_MAIN]) / 1e6,
               (to->cpu[TT_POOL] - from->cpu[TT_POOL]) / 1e6, (to->cpu[TT_LINK] - from->cpu[TT_LINK]) / 1e6,
               (to->cpu[TT_COMPARE] - from->cpu[TT_COMPARE]) / 1e6, rest / 1e6,
               (to->wait[TL_MAIN_ITEM] - from->wait[TL_MAIN_ITEM]) / 1e6,
               (to->wait[TL_MAIN_LINKS] - from->wait[TL_MAIN_LINKS]) / 1e6,
               (to->wait[TL_LINK_JOBS] - from->wait[TL_LINK_JOBS]) / 1e6,
               (to->wait[TL_COMPARE_JOBS] - from->wait[TL_COMPARE_JOBS]) / 1e6,
               (to->idle - from->idle) / 1e6, phase[MIN (from->phase, N_PHASES)], phase[MIN (to->phase, N_PHASES)]);
      j = i;
    }
  fprintf (stderr, "ingest timeline: the main phases end at");
  gint64 at = 0;
  for (guint p = 0; p < N_PHASES; p++)
    fprintf (stderr, " %s %.2f s%s", phase[p], (at += times.phase_wall[p]) / 1e6, p + 1 < N_PHASES ? "," : "\n");
  g_array_unref (a);
  times.samples = NULL;
  g_mutex_clear (&times.sampler_lock);
  g_cond_clear (&times.sampler_cond);
}

static void
times_report (void)
{
  static const char *const thread[N_TT] = { "main", "pool", "cg-link", "cg-compare" };
  static const char *const phase[N_PHASES] = { "articles", "last links", "threads joined", "claims scored",
                                                "claims written", "records freed" };
  for (guint t = 0; t < N_TT; t++)
    fprintf (stderr, "ingest times: %-10s cpu %7.3f s (system %5.3f, %6" G_GINT64_FORMAT " page faults),"
             " waiting for items %7.3f, links %7.3f, jobs %7.3f\n",
             thread[t], times.cpu_us[t] / 1e6, times.sys_us[t] / 1e6, times.faults[t], times.wait_us[t][TW_ITEM] / 1e6,
             times.wait_us[t][TW_LINKS] / 1e6, times.wait_us[t][TW_JOBS] / 1e6);
  for (guint p = 0; p < N_PHASES; p++)
    fprintf (stderr, "ingest times: main phase %-15s cpu %7.3f s, wall %7.3f s, cores without work %7.3f s\n",
             phase[p], times.phase_cpu[p] / 1e6, times.phase_wall[p] / 1e6, times.phase_idle[p] / 1e6);
  fprintf (stderr, "ingest times: cores without work while main works %7.3f s, waits for items %7.3f, for links %7.3f\n",
           times.idle_while[MS_BUSY] / 1e6, times.idle_while[MS_ITEM] / 1e6, times.idle_while[MS_LINKS] / 1e6);
  fprintf (stderr, "ingest times: speaker scans %u, of them redone by the main thread %u; articles resolved while"
           " a commit waited for links %u\n", times.scans, times.rescans, times.ahead);
}

/* Step a one-row statement; SQLite answers BUSY without waiting in some
 * cases (another process switching the file to WAL, or recovering it), so
 * retry until the busy timeout has passed. */
static int
step_retry (CgStore *s, sqlite3_stmt *st)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) s->busy_ms * 1000;
  for (;;)
    {
      int rc = sqlite3_step (st);
      if ((rc & 0xff) != SQLITE_BUSY || g_get_monotonic_time () >= deadline)
        return rc;
      sqlite3_reset (st);
      g_usleep (5000);
    }
}

/* ---- transactions ------------------------------------------------------------- */

/* Take the write lock up front.  The busy handler already waits busy_ms;
 * WAL can still answer BUSY at once (e.g. while another connection runs
 * recovery), so retry until the same deadline. */
static gboolean
begin_write (CgStore *s, GError **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) s->busy_ms * 1000;
  for (;;)
    {
      int rc = sqlite3_exec (s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
      if (rc == SQLITE_OK)
        return TRUE;
      if ((rc & 0xff) != SQLITE_BUSY || g_get_monotonic_time () >= deadline)
        return db_error (s, error, "waiting for the write lock");
      g_usleep (5000);
    }
}

static gboolean
commit (CgStore *s, GError **error)
{
  if (sqlite3_exec (s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  db_error (s, error, "committing");
  sqlite3_exec (s->db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}

static void
rollback (CgStore *s)
{
  if (!sqlite3_get_autocommit (s->db))
    sqlite3_exec (s->db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
get_meta (CgStore *s, const char *key, gint64 *value, GError **error)
{
  sqlite3_stmt *st = statement (s, ST_GET_META, error);
  if (st == NULL)
    return FALSE;
  bind_text (st, 1, key);
  int rc = step_retry (s, st);
  *value = rc == SQLITE_ROW ? sqlite3_column_int64 (st, 0) : 0;
  sqlite3_reset (st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error (s, error, "reading the store's state");
  return TRUE;
}

static gboolean
set_meta (CgStore *s, const char *key, gint64 value, GError **error)
{
  sqlite3_stmt *st = statement (s, ST_SET_META, error);
  if (st == NULL)
    return FALSE;
  bind_text (st, 1, key);
  sqlite3_bind_int64 (st, 2, value);
  return step_done (s, st, error, "writing the store's state");
}

/* ---- opening ------------------------------------------------------------------- */

/* Root may write anywhere, but a store whose mode has no write bit is one
 * the user asked to keep as it is. */
static gboolean
file_writable (const char *path)
{
  struct stat st;
  if (stat (path, &st) != 0)
    return TRUE;
  if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0)
    return FALSE;
  return access (path, W_OK) == 0;
}

static gboolean
pragma_int (CgStore *s, const char *sql, gint64 *out, GError **error)
{
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return db_error (s, error, "reading the store's header");
  int rc = step_retry (s, st);
  *out = rc == SQLITE_ROW ? sqlite3_column_int64 (st, 0) : 0;
  sqlite3_finalize (st);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return db_error (s, error, "reading the store's header");
  return TRUE;
}

/* ---- the speaker index --------------------------------------------------------- */

/* `show sN` reads a speaker's assertions: without this index a scan of the
 * whole table (828M instructions for s100 on the whole corpus, 14M with
 * it).  Schema 2 dropped it; it came back without a version bump, since a
 * bump makes read-only commands refuse older stores: a reader of a store
 * without it scans, with the same output.  Partial: the assertions without
 * a speaker (nearly half) are never looked up.
 *
 * Kept up row by row, it cost the writing thread of a p10 ingest into a
 * new store 0.24 CPU s of 1.61 (0.13 of it system time; bench/README,
 * `mainthread`), so an ingest that adds more assertions than the store
 * holds goes without it and makes it at its end with one sort
 * (speaker_index_add()).  An ingest cut short leaves a store without it,
 * which reads the same; the next ingest makes it. */
#define SPEAKER_INDEX "assertions_speaker"
#define SPEAKER_INDEX_SQL \
  "CREATE INDEX IF NOT EXISTS " SPEAKER_INDEX " ON assertions (speaker_id) WHERE speaker_id IS NOT NULL"

static gboolean
speaker_index_there (CgStore *s, gboolean *there, GError **error)
{
  gint64 n = 0;
  if (!pragma_int (s, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '" SPEAKER_INDEX "'",
                   &n, error))
    return FALSE;
  *there = n > 0;
  return TRUE;
}

/* Make the index if the store lacks it (a transaction of its own: the
 * statement alone); one that has it takes no write lock. */
static gboolean
speaker_index_add (CgStore *s, GError **error)
{
  gboolean there = FALSE;
  if (!speaker_index_there (s, &there, error))
    return FALSE;
  if (!there && sqlite3_exec (s->db, SPEAKER_INDEX_SQL, NULL, NULL, NULL) != SQLITE_OK)
    return db_error (s, error, "indexing the assertions by speaker");
  return TRUE;
}

/* The speaker index made on a connection of its own, on a thread, while
 * the main thread scores the claims, which reads nothing from the store
 * (refresh_claims()): the index's sort was most of the SQL the main thread
 * ran after the last article (p10: about 322M instructions, bench/README,
 * `mainthread` and `indexthread`, twenty-second session).  SQLite has one
 * writer at a time, so the claims' writing waits for it: refresh_claims()
 * joins it before taking the write lock. */
typedef struct {
  char   *path;
  gint    busy_ms;
  GError *error;   /* why it failed, naming the store; NULL once made */
} SpeakerIndexJob;

static gpointer
speaker_index_thread (gpointer data)
{
  SpeakerIndexJob *job = data;
  busy_change (1);
  sqlite3 *db = NULL;
  /* CREATE INDEX is a transaction of its own: it fails whole. */
  if (sqlite3_open_v2 (job->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK
      || sqlite3_busy_timeout (db, job->busy_ms) != SQLITE_OK
      || sqlite3_exec (db, SPEAKER_INDEX_SQL, NULL, NULL, NULL) != SQLITE_OK)
    db_error_on (db, job->path, job->busy_ms, &job->error, "indexing the assertions by speaker");
  sqlite3_close (db);
  busy_change (-1);
  return NULL;
}

static gboolean
read_header (CgStore *s, gint64 *app, gint64 *version, gint64 *objects, GError **error)
{
  static const char sql[] = "SELECT (SELECT application_id FROM pragma_application_id),"
                            " (SELECT user_version FROM pragma_user_version),"
                            " (SELECT count(*) FROM sqlite_master)";
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2 (s->db, sql, -1, &st, NULL) != SQLITE_OK)
    return db_error (s, error, "reading the store's header");
  int rc = step_retry (s, st);
  if (rc == SQLITE_ROW)
    {
      *app = sqlite3_column_int64 (st, 0);
      *version = sqlite3_column_int64 (st, 1);
      *objects = sqlite3_column_int64 (st, 2);
    }
  sqlite3_finalize (st);
  if (rc != SQLITE_ROW)
    return db_error (s, error, "reading the store's header");
  return TRUE;
}

/* Bring the schema from its version to ours, all steps in one transaction.
 * Another process may have done it meanwhile, so look again under the lock. */
static gboolean
migrate (CgStore *s, GError **error)
{
  if (!begin_write (s, error))
    return FALSE;
  gint64 version;
  if (!pragma_int (s, "PRAGMA user_version", &version, error))
    goto fail;
  for (gint64 v = version; v < CG_STORE_SCHEMA_VERSION; v++)
    {
      char *msg = NULL;
      if (sqlite3_exec (s->db, migrations[v], NULL, NULL, &msg) != SQLITE_OK)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: upgrading the schema from version %" G_GINT64_FORMAT
                       ": %s", s->path, v, msg ? msg : "failed");
          sqlite3_free (msg);
          goto fail;
        }
    }
  /* PRAGMA takes no bound parameters; both numbers are compile-time constants. */
  char *sql = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d",
                               CG_STORE_SCHEMA_VERSION, APPLICATION_ID);
  int rc = sqlite3_exec (s->db, sql, NULL, NULL, NULL);
  g_free (sql);
  if (rc != SQLITE_OK)
    {
      db_error (s, error, "setting the schema version");
      goto fail;
    }
  return commit (s, error);
fail:
  rollback (s);
  return FALSE;
}

CgStore *
cg_store_open (const char *path, CgStoreMode mode, GError **error)
{
  gboolean exists = g_file_test (path, G_FILE_TEST_EXISTS);
  if (mode == CG_STORE_READ_ONLY && !exists)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: no claim store here; run claimgraph ingest first", path);
      return NULL;
    }
  if (exists && g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: is a directory, not a claim store", path);
      return NULL;
    }
  if (mode == CG_STORE_READ_WRITE && exists && !file_writable (path))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: the store is read-only; cannot ingest into it", path);
      return NULL;
    }

  CgStore *s = g_new0 (CgStore, 1);
  s->freeing = g_ptr_array_new ();
  s->path = g_strdup (path);
  s->mode = mode;
  s->busy_ms = busy_timeout_ms ();
  /* One thread at a time uses a store (cg-store.h), so the connection needs
   * no mutex of its own: SQLite's would be taken on every call. */
  int flags = SQLITE_OPEN_NOMUTEX
              | (mode == CG_STORE_READ_ONLY ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (sqlite3_open_v2 (path, &s->db, flags, NULL) != SQLITE_OK)
    {
      if (s->db)
        db_error (s, error, "cannot open the store");
      else
        g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: cannot open the store: out of memory", path);
      cg_store_close (s);
      return NULL;
    }
  sqlite3_busy_timeout (s->db, s->busy_ms);
  sqlite3_extended_result_codes (s->db, 0);

  /* Look before writing anything: a file that is not ours must stay as it
   * is.  One statement reads all three from one snapshot, so that a store
   * another process is creating right now is seen before or after, never
   * half-made. */
  gint64 app = 0, version = 0, objects = 0;
  if (!read_header (s, &app, &version, &objects, error))
    goto fail;
  if ((app != 0 && app != APPLICATION_ID) || (app == 0 && (version != 0 || objects != 0)))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: not a claim store (an SQLite database of another program)", path);
      goto fail;
    }
  if (version > CG_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_STORE,
                   "%s: the store has schema version %" G_GINT64_FORMAT ", newer than this claimgraph knows (%d); "
                   "use a newer claimgraph", path, version, CG_STORE_SCHEMA_VERSION);
      goto fail;
    }
  if (mode == CG_STORE_READ_ONLY)
    {
      if (version == 0)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: no claim store here; run claimgraph ingest first", path);
          goto fail;
        }
      /* Version 4 differs only by having no claim runs: its claims are
       * all rows, read as they are. */
      s->runs = version >= 5;
      if (version < 4)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_STORE,
                       "%s: the store has the older schema version %" G_GINT64_FORMAT "; run claimgraph ingest to upgrade it",
                       path, version);
          goto fail;
        }
      return s;
    }

  if (sqlite3_db_readonly (s->db, "main") == 1)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: the store is read-only; cannot ingest into it", path);
      goto fail;
    }
  char *msg = NULL;
  /* A checkpoint every 8192 pages (32 MB of WAL, the default 1000): an
   * ingest of 22 MB of articles synced 43 times, now 10.  (A page cache of
   * 16 MB instead of 2 read back 9,585 pages instead of 15,203, for
   * 14 MB more at the peak of a whole-corpus ingest, which has none to
   * spare.) */
  if (sqlite3_exec (s->db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;"
                    " PRAGMA wal_autocheckpoint = 8192", NULL, NULL, &msg) != SQLITE_OK)
    {
      sqlite3_free (msg);
      db_error (s, error, "configuring the connection");
      goto fail;
    }
  gint64 dummy;
  if (!pragma_int (s, "PRAGMA journal_mode = WAL", &dummy, error))
    goto fail;
  if (version < CG_STORE_SCHEMA_VERSION && !migrate (s, error))
    goto fail;
  s->runs = TRUE;
  return s;

fail:
  cg_store_close (s);
  return NULL;
}

void
cg_store_close (CgStore *s)
{
  if (s == NULL)
    return;
  for (guint i = 0; i < N_STATEMENTS; i++)
    sqlite3_finalize (s->statements[i]);
  for (guint i = 0; i < N_MULTI; i++)
    for (guint k = 0; k < MULTI_SLOTS; k++)
      sqlite3_finalize (s->multi[i][k]);
  sqlite3_close_v2 (s->db);
  join_freeing (s);
  g_ptr_array_unref (s->freeing);
  g_free (s->path);
  g_free (s);
}

const char *
cg_store_path (CgStore *s)
{
  return s->path;
}

/* ---- loading --------------------------------------------------------------------- */

static gboolean
step_row (CgStore *s, sqlite3_stmt *st, gboolean *row, GError **error)
{
  int rc = sqlite3_step (st);
  *row = rc == SQLITE_ROW;
  if (rc == SQLITE_ROW || rc == SQLITE_DONE)
    return TRUE;
  return db_error (s, error, "reading the store");
}

/* The article's bytes are not stored (since schema version 2): read them
 * from LOCATION, and keep them only when they are still the bytes that were
 * ingested (their sha256); the analysis text is those bytes with the stored
 * blanked ranges (columns 10 and 11 of ST, as insert_article() wrote them).
 * A file moved, edited or deleted since leaves RAW and TEXT NULL. */
static void
load_text (CgArticle *a, const char *location, sqlite3_stmt *st)
{
  char *raw = NULL;
  gsize n = 0;
  if (location == NULL || !g_file_get_contents (location, &raw, &n, NULL))
    return;
  char *sha = cg_sha256_hex (raw, n);
  gboolean same = g_strcmp0 (sha, a->sha256) == 0 && n == a->len;
  g_free (sha);
  if (!same)
    {
      g_free (raw);
      return;
    }
  a->raw = raw;
  if (sqlite3_column_type (st, 11) == SQLITE_BLOB && (gsize) sqlite3_column_bytes (st, 11) == n)
    {
      a->text = g_malloc (n + 1);
      memcpy (a->text, sqlite3_column_blob (st, 11), n);
      a->text[n] = '\0';
      return;
    }
  a->text = g_memdup2 (a->raw, n + 1);
  GArray *blanks = spans_from_blob (sqlite3_column_blob (st, 10), (gsize) sqlite3_column_bytes (st, 10));
  for (guint k = 0; k < blanks->len; k++)
    {
      CgSpan b = g_array_index (blanks, CgSpan, k);
      if (b.start >= 0 && b.start <= b.end && (gsize) b.end <= n)
        memset (a->text + b.start, ' ', (gsize) (b.end - b.start));
    }
  g_array_unref (blanks);
}

/* The rows of ST (the columns of ST_LOAD_ARTICLES) as articles. */
static gboolean
read_articles (CgStore *s, sqlite3_stmt *st, GPtrArray *out, gboolean with_text, GError **error)
{
  gboolean row, ok;
  while ((ok = step_row (s, st, &row, error)) && row)
    {
      CgArticle *a = cg_article_new ();
      a->id = key_string ('d', sqlite3_column_int64 (st, 0));
      a->path = column_string (st, 1);
      a->sha256 = column_string (st, 2);
      a->title = column_string (st, 3);
      a->author = column_string (st, 4);
      a->outlet = column_string (st, 5);
      a->date = column_string (st, 6);
      a->wire = column_string (st, 12);
      a->len = (gsize) sqlite3_column_int64 (st, 7);
      g_array_unref (a->boilerplate);
      a->boilerplate = spans_from_blob (sqlite3_column_blob (st, 8), (gsize) sqlite3_column_bytes (st, 8));
      if (with_text)
        load_text (a, (const char *) sqlite3_column_text (st, 9), st);
      g_ptr_array_add (out, a);
    }
  sqlite3_reset (st);
  return ok;
}

static gboolean
load_articles (CgStore *s, GPtrArray *out, gboolean with_text, gint64 after, GError **error)
{
  sqlite3_stmt *st = statement (s, with_text ? ST_LOAD_ARTICLES_TEXT : ST_LOAD_ARTICLES, error);
  if (st == NULL)
    return FALSE;
  sqlite3_bind_int64 (st, 1, after);
  return read_articles (s, st, out, with_text, error);
}

static char *
prefixed (char prefix, sqlite3_stmt *st, int col)
{
  if (sqlite3_column_type (st, col) == SQLITE_NULL)
    return NULL;
  return key_string (prefix, sqlite3_column_int64 (st, col));
}

/* The rows of ST (the columns of ST_LOAD_ASSERTIONS) as assertions. */
static gboolean
read_assertions (CgStore *s, sqlite3_stmt *st, GPtrArray *out, GError **error)
{
  gboolean row, ok;
  while ((ok = step_row (s, st, &row, error)) && row)
    {
      CgAssertion *a = cg_assertion_new ();
      a->id = prefixed ('a', st, 0);
      a->article_id = prefixed ('d', st, 1);
      char *kind = column_string (st, 2);
      cg_kind_from_name (kind, &a->kind);
      g_free (kind);
      a->text = column_string (st, 3);
      a->span = (CgSpan) { sqlite3_column_int64 (st, 4), sqlite3_column_int64 (st, 5) };
      a->cue_text = column_string (st, 6);
      a->cue = (CgSpan) { sqlite3_column_int64 (st, 7), sqlite3_column_int64 (st, 8) };
      a->source_text = column_string (st, 9);
      a->source = (CgSpan) { sqlite3_column_int64 (st, 10), sqlite3_column_int64 (st, 11) };
      a->speaker_id = prefixed ('s', st, 12);
      char *v = column_string (st, 13);
      cg_certainty_from_name (v, &a->certainty);
      g_free (v);
      v = column_string (st, 14);
      cg_polarity_from_name (v, &a->polarity);
      g_free (v);
      v = column_string (st, 15);
      cg_stance_from_name (v, &a->stance);
      g_free (v);
      a->rule = g_intern_string ((const char *) sqlite3_column_text (st, 16));
      a->sentence = (guint) sqlite3_column_int64 (st, 17);
      g_ptr_array_add (out, a);
    }
  sqlite3_reset (st);
  return ok;
}

static gboolean
load_assertions (CgStore *s, GPtrArray *out, gint64 after, GError **error)
{
  sqlite3_stmt *st = statement (s, ST_LOAD_ASSERTIONS, error);
  if (st == NULL)
    return FALSE;
  sqlite3_bind_int64 (st, 1, after);
  return read_assertions (s, st, out, error);
}

/* Speakers in id order, with their aliases and roles.  Returns a new array
 * of CgSpeaker* with free func set, or NULL with ERROR. */
static GPtrArray *
read_speakers (CgStore *s, sqlite3_stmt *st, sqlite3_stmt *forms, GError **error)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_speaker_free);
  GHashTable *by_key = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 *keys = NULL;
  gboolean row = FALSE, ok = st != NULL;
  GArray *key_array = g_array_new (FALSE, FALSE, sizeof (gint64));
  while (ok && (ok = step_row (s, st, &row, error)) && row)
    {
      CgSpeaker *sp = cg_speaker_new ();
      gint64 key = sqlite3_column_int64 (st, 0);
      sp->id = key_string ('s', key);
      sp->name = column_string (st, 1);
      char *kind = column_string (st, 2);
      cg_speaker_kind_from_name (kind, &sp->kind);
      g_free (kind);
      g_array_append_val (key_array, key);
      g_ptr_array_add (out, sp);
    }
  if (st)
    sqlite3_reset (st);
  keys = (gint64 *) (gpointer) key_array->data;
  for (guint i = 0; ok && i < out->len; i++)
    g_hash_table_insert (by_key, &keys[i], g_ptr_array_index (out, i));
  st = ok ? forms : NULL;
  ok = ok && st != NULL;
  while (ok && (ok = step_row (s, st, &row, error)) && row)
    {
      gint64 key = sqlite3_column_int64 (st, 0);
      CgSpeaker *sp = g_hash_table_lookup (by_key, &key);
      if (sp)
        g_ptr_array_add (sqlite3_column_int (st, 1) ? sp->roles : sp->aliases, column_string (st, 2));
    }
  if (st)
    sqlite3_reset (st);
  g_hash_table_unref (by_key);
  g_array_unref (key_array);
  if (!ok)
    {
      g_ptr_array_unref (out);
      return NULL;
    }
  return out;
}

static GPtrArray *
load_speakers (CgStore *s, GError **error)
{
  sqlite3_stmt *st = statement (s, ST_LOAD_SPEAKERS, error);
  sqlite3_stmt *forms = st ? statement (s, ST_LOAD_FORMS, error) : NULL;
  return read_speakers (s, st, forms, error);
}

/* The links stored after key AFTER, in key order; *LAST (may be NULL) is
 * raised to the highest key read. */
static gboolean
read_links (CgStore *s, sqlite3_stmt *st, GPtrArray *out, gint64 *last, GError **error)
{
  gboolean row, ok;
  while ((ok = step_row (s, st, &row, error)) && row)
    {
      CgLink *l = cg_link_new ();
      l->from = prefixed ('a', st, 0);
      l->to = prefixed ('a', st, 1);
      char *rel = column_string (st, 2);
      cg_relation_from_name (rel, &l->relation);
      g_free (rel);
      l->score = sqlite3_column_double (st, 3);
      l->rule = column_string (st, 4);
      l->evidence = column_string (st, 5);
      if (last)
        *last = MAX (*last, sqlite3_column_int64 (st, 6));
      g_ptr_array_add (out, l);
    }
  sqlite3_reset (st);
  return ok;
}

static gboolean
load_links (CgStore *s, GPtrArray *out, gint64 after, gint64 *last, GError **error)
{
  sqlite3_stmt *st = statement (s, ST_LOAD_LINKS, error);
  if (st == NULL)
    return FALSE;
  sqlite3_bind_int64 (st, 1, after);
  return read_links (s, st, out, last, error);
}

/* Where KEY is in KEPT (sorted), or KEPT->len. */
static guint
kept_index (const GArray *kept, gint64 key)
{
  guint lo = 0, hi = kept->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (kept, gint64, mid) < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < kept->len && g_array_index (kept, gint64, lo) == key ? lo : kept->len;
}

/* Add to LIST the keys in TEXT (a claim's list: numbers separated by
 * spaces) as ids with PREFIX, those not in KEPT (sorted; may be NULL: all)
 * left out. */
static void
add_keys (GPtrArray *list, const char *text, char prefix, const GArray *kept)
{
  for (const char *p = text; p && *p;)
    {
      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      gint64 key = 0;
      for (; g_ascii_isdigit (*p); p++)
        key = key * 10 + (*p - '0');
      if (kept && kept_index (kept, key) == kept->len)
        continue;
      g_ptr_array_add (list, key_string (prefix, key));
    }
}

/* A claims row (the columns of ST_LOAD_CLAIMS) as a claim, its members
 * those in KEPT (sorted; NULL: all as stored).  Returns a new claim. */
static CgClaim *
claim_from_row (sqlite3_stmt *st, const GArray *kept)
{
  CgClaim *c = cg_claim_new ();
  c->id = key_string ('c', sqlite3_column_int64 (st, 0));
  cg_verdict_from_name ((const char *) sqlite3_column_text (st, 1), &c->verdict);
  add_keys (c->assertions, (const char *) sqlite3_column_text (st, 2), 'a', kept);
  add_keys (c->supporters, (const char *) sqlite3_column_text (st, 3), 's', NULL);
  add_keys (c->contradictors, (const char *) sqlite3_column_text (st, 4), 's', NULL);
  return c;
}

/* The stored claims in key order: the rows of ROWS (the columns of
 * ST_LOAD_CLAIMS, in key order) merged with the claims the runs of RUNS
 * imply (ST_LOAD_RUNS; NULL when the store has none). */
typedef struct {
  CgStore      *s;
  sqlite3_stmt *rows, *runs;
  const GArray *kept;        /* for claim_from_row() */
  gboolean      row, run;    /* a current row, a current run */
  gint64        run_id, run_first, run_count, run_at;
} ClaimCursor;

static gboolean
cursor_next_run (ClaimCursor *cur, GError **error)
{
  cur->run_at = 0;
  do
    {
      cur->run = FALSE;
      if (cur->runs == NULL)
        return TRUE;
      if (!step_row (cur->s, cur->runs, &cur->run, error))
        return FALSE;
      if (cur->run)
        {
          cur->run_id = sqlite3_column_int64 (cur->runs, 0);
          cur->run_first = sqlite3_column_int64 (cur->runs, 1);
          cur->run_count = sqlite3_column_int64 (cur->runs, 2);
        }
    }
  while (cur->run && cur->run_count <= 0);
  return TRUE;
}

static gboolean
cursor_start (ClaimCursor *cur, CgStore *s, sqlite3_stmt *rows, sqlite3_stmt *runs, const GArray *kept,
              GError **error)
{
  *cur = (ClaimCursor) { .s = s, .rows = rows, .runs = runs, .kept = kept };
  return step_row (s, rows, &cur->row, error) && cursor_next_run (cur, error);
}

/* The next claim into *OUT, NULL after the last; *MEMBER the key of its
 * assertion when a run implies it (it then has that member and no
 * supporter yet: the caller gives it the member's speaker), else 0.
 * FALSE with ERROR. */
static gboolean
cursor_next (ClaimCursor *cur, CgClaim **out, gint64 *member, GError **error)
{
  *out = NULL;
  *member = 0;
  gint64 run_key = cur->run_id + cur->run_at;
  if (cur->row && (!cur->run || sqlite3_column_int64 (cur->rows, 0) < run_key))
    {
      *out = claim_from_row (cur->rows, cur->kept);
      return step_row (cur->s, cur->rows, &cur->row, error);
    }
  if (!cur->run)
    return TRUE;
  CgClaim *c = cg_claim_new ();
  c->id = key_string ('c', run_key);
  c->verdict = CG_VERDICT_SINGLE_SOURCE;
  *member = cur->run_first + cur->run_at;
  g_ptr_array_add (c->assertions, key_string ('a', *member));
  *out = c;
  return ++cur->run_at < cur->run_count || cursor_next_run (cur, error);
}

/* The claims, with only those of their members that are among ASSERTIONS
 * (loaded, in key order): an ingest interrupted after it replaced an
 * article leaves the old claims naming assertions that are gone, as the
 * rows of claim members did not (schema 2 deleted them with their
 * assertion).  A claim a run implies whose assertion is gone has neither
 * member nor supporter. */
static gboolean
load_claims (CgStore *s, GPtrArray *out, GPtrArray *assertions, GError **error)
{
  GArray *kept = g_array_sized_new (FALSE, FALSE, sizeof (gint64), assertions->len);
  GPtrArray *kept_as = g_ptr_array_sized_new (assertions->len);
  for (guint i = 0; i < assertions->len; i++)
    {
      gint64 key;
      CgAssertion *a = g_ptr_array_index (assertions, i);
      if (parse_id (a->id, 'a', &key))
        {
          g_array_append_val (kept, key);
          g_ptr_array_add (kept_as, a);
        }
    }
  sqlite3_stmt *st = statement (s, ST_LOAD_CLAIMS, error);
  sqlite3_stmt *runs = st && s->runs ? statement (s, ST_LOAD_RUNS, error) : NULL;
  ClaimCursor cur;
  gboolean ok = st && (runs || !s->runs) && cursor_start (&cur, s, st, runs, kept, error);
  while (ok)
    {
      CgClaim *c;
      gint64 member;
      ok = cursor_next (&cur, &c, &member, error);
      if (c == NULL)
        break;
      if (member)
        {
          guint at = kept_index (kept, member);
          const char *who = at < kept->len ? ((CgAssertion *) g_ptr_array_index (kept_as, at))->speaker_id : NULL;
          if (at == kept->len)
            g_ptr_array_set_size (c->assertions, 0);
          if (who)
            g_ptr_array_add (c->supporters, g_strdup (who));
        }
      g_ptr_array_add (out, c);
    }
  if (st)
    sqlite3_reset (st);
  if (runs)
    sqlite3_reset (runs);
  g_array_unref (kept);
  g_ptr_array_unref (kept_as);
  return ok;
}

/* Everything but the claims, or everything; inside the caller's transaction. */
static CgCorpus *
load_corpus (CgStore *s, gboolean with_text, gboolean with_claims, GError **error)
{
  CgCorpus *corpus = cg_corpus_new ();
  GPtrArray *speakers = NULL;
  if (!load_articles (s, corpus->articles, with_text, 0, error)
      || !load_assertions (s, corpus->assertions, 0, error)
      || (speakers = load_speakers (s, error)) == NULL
      || !load_links (s, corpus->links, 0, NULL, error)
      || (with_claims && !load_claims (s, corpus->claims, corpus->assertions, error)))
    {
      if (speakers)
        g_ptr_array_unref (speakers);
      cg_corpus_free (corpus);
      return NULL;
    }
  g_ptr_array_unref (corpus->speakers);
  corpus->speakers = speakers;
  return corpus;
}

CgCorpus *
cg_store_load (CgStore *s, gboolean with_text, GError **error)
{
  /* One read transaction: a concurrent ingest cannot tear the snapshot. */
  if (sqlite3_exec (s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      db_error (s, error, "starting to read");
      return NULL;
    }
  CgCorpus *corpus = load_corpus (s, with_text, TRUE, error);
  rollback (s);
  return corpus;
}

/* ---- one item and its neighbours (show) ------------------------------------ */

/* A set of keys: a GHashTable of gint64* it owns. */
static GHashTable *
key_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
key_set_add (GHashTable *set, gint64 key)
{
  if (!g_hash_table_contains (set, &key))
    g_hash_table_add (set, g_memdup2 (&key, sizeof key));
}

static void
key_set_add_id (GHashTable *set, const char *id, char prefix)
{
  gint64 key;
  if (parse_id (id, prefix, &key))
    key_set_add (set, key);
}

/* The keys of SET as an SQL list, "3,17,29" ("NULL" when empty, which
 * matches nothing).  Returns a new string. */
static char *
key_list (GHashTable *set)
{
  GString *out = g_string_new (NULL);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, set);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, out->len ? "," : "", *(gint64 *) key);
  if (out->len == 0)
    g_string_append (out, "NULL");
  return g_string_free (out, FALSE);
}

/* SQL made of FORMAT with every "%s" the keys of SET, prepared; NULL with
 * ERROR.  Returns a new statement (sqlite3_finalize). */
static sqlite3_stmt *
keyed_statement (CgStore *s, const char *format, GHashTable *set, GError **error)
{
  char *list = key_list (set);
  GString *sql = g_string_new (format);
  g_string_replace (sql, "%s", list, 0);
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2 (s->db, sql->str, -1, &st, NULL) != SQLITE_OK)
    {
      db_error (s, error, "preparing a query");
      st = NULL;
    }
  g_string_free (sql, TRUE);
  g_free (list);
  return st;
}

/* Add to OUT the first column of the rows of FORMAT over SET (see
 * keyed_statement()). */
static gboolean
keyed_keys (CgStore *s, const char *format, GHashTable *set, GHashTable *out, GError **error)
{
  sqlite3_stmt *st = keyed_statement (s, format, set, error);
  gboolean row = FALSE, ok = st != NULL;
  while (ok && (ok = step_row (s, st, &row, error)) && row)
    key_set_add (out, sqlite3_column_int64 (st, 0));
  sqlite3_finalize (st);
  return ok;
}

/* Into CORPUS: the links touching the assertions of SEEDS, and the
 * assertions at their ends, SEEDS and ASSERTIONS; with WHOLE, every
 * assertion of their articles too (the article copies count an article's
 * assertions).  Adds to ASSERTIONS what it loaded. */
static gboolean
load_neighbours (CgStore *s, CgCorpus *corpus, GHashTable *seeds, GHashTable *assertions, gboolean whole,
                 GError **error)
{
  sqlite3_stmt *st = keyed_statement (s,
                                      "SELECT from_id, to_id, relation, score, rule, evidence, id FROM links"
                                      " WHERE from_id IN (%s) OR to_id IN (%s) ORDER BY id",
                                      seeds, error);
  if (st == NULL || !read_links (s, st, corpus->links, NULL, error))
    {
      sqlite3_finalize (st);
      return FALSE;
    }
  sqlite3_finalize (st);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, seeds);
  while (g_hash_table_iter_next (&it, &key, NULL))
    key_set_add (assertions, *(gint64 *) key);
  for (guint i = 0; i < corpus->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, i);
      key_set_add_id (assertions, l->from, 'a');
      key_set_add_id (assertions, l->to, 'a');
    }
  if (whole)
    {
      GHashTable *articles = key_set_new ();
      gboolean ok = keyed_keys (s, "SELECT DISTINCT article_id FROM assertions WHERE id IN (%s)", assertions, articles,
                                error)
                    && keyed_keys (s, "SELECT id FROM assertions WHERE article_id IN (%s)", articles, assertions, error);
      g_hash_table_unref (articles);
      if (!ok)
        return FALSE;
    }
  st = keyed_statement (s,
                        "SELECT " ASSERTION_COLUMNS " FROM assertions WHERE id IN (%s) ORDER BY id",
                        assertions, error);
  gboolean ok = st && read_assertions (s, st, corpus->assertions, error);
  sqlite3_finalize (st);
  return ok;
}

/* The articles of a claim's members and every article counted as a copy
 * of one of them (cg_score_copy_group()), grown until it adds none: a copy
 * of a copy is loaded in the next round.  The test of an article pair
 * needs only the two articles' assertions and the links between them, so
 * each pair that can join the group is tested on all it needs.  MEMBERS
 * are assertion keys; leaves the last round in *CORPUS. */
static gboolean
load_copies (CgStore *s, CgRules *rules, GHashTable *members, CgCorpus **corpus, GError **error)
{
  GHashTable *articles = key_set_new ();
  gboolean ok = keyed_keys (s, "SELECT DISTINCT article_id FROM assertions WHERE id IN (%s)", members, articles, error);
  while (ok)
    {
      GHashTable *seeds = key_set_new (), *assertions = key_set_new ();
      *corpus = cg_corpus_new ();
      ok = keyed_keys (s, "SELECT id FROM assertions WHERE article_id IN (%s)", articles, seeds, error)
           && load_neighbours (s, *corpus, seeds, assertions, TRUE, error);
      g_hash_table_unref (seeds);
      g_hash_table_unref (assertions);
      if (!ok)
        break;
      GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter it;
      gpointer key;
      g_hash_table_iter_init (&it, articles);
      while (g_hash_table_iter_next (&it, &key, NULL))
        g_hash_table_add (ids, key_string ('d', *(gint64 *) key));
      GPtrArray *group = cg_score_copy_group (*corpus, rules, ids);
      guint before = g_hash_table_size (articles);
      for (guint i = 0; i < group->len; i++)
        key_set_add_id (articles, g_ptr_array_index (group, i), 'd');
      g_ptr_array_unref (group);
      g_hash_table_unref (ids);
      if (g_hash_table_size (articles) == before)
        break;
      cg_corpus_free (*corpus);
      *corpus = NULL;
    }
  g_hash_table_unref (articles);
  return ok;
}

/* The articles of CORPUS's assertions, in key order. */
static gboolean
load_articles_of (CgStore *s, CgCorpus *corpus, GError **error)
{
  GHashTable *articles = key_set_new ();
  for (guint i = 0; i < corpus->assertions->len; i++)
    key_set_add_id (articles, ((CgAssertion *) g_ptr_array_index (corpus->assertions, i))->article_id, 'd');
  sqlite3_stmt *st = keyed_statement (s,
                                      "SELECT id, path, sha256, title, author, outlet, date, length, boilerplate,"
                                      " NULL, NULL, NULL, wire FROM articles WHERE id IN (%s) ORDER BY id",
                                      articles, error);
  gboolean ok = st && read_articles (s, st, corpus->articles, FALSE, error);
  sqlite3_finalize (st);
  g_hash_table_unref (articles);
  return ok;
}

/* The articles and speakers of CORPUS's assertions, and the speakers in
 * MORE (keys). */
static gboolean
load_places (CgStore *s, CgCorpus *corpus, GHashTable *more, GError **error)
{
  for (guint i = 0; i < corpus->assertions->len; i++)
    key_set_add_id (more, ((CgAssertion *) g_ptr_array_index (corpus->assertions, i))->speaker_id, 's');
  if (!load_articles_of (s, corpus, error))
    return FALSE;
  sqlite3_stmt *st = keyed_statement (s, "SELECT id, name, kind FROM speakers WHERE id IN (%s) ORDER BY id", more, error);
  sqlite3_stmt *forms = st ? keyed_statement (s,
                                              "SELECT speaker_id, is_role, form FROM speaker_forms"
                                              " WHERE speaker_id IN (%s) ORDER BY speaker_id, is_role, pos",
                                              more, error)
                           : NULL;
  GPtrArray *speakers = read_speakers (s, st, forms, error);
  sqlite3_finalize (st);
  sqlite3_finalize (forms);
  if (speakers == NULL)
    return FALSE;
  g_ptr_array_unref (corpus->speakers);
  corpus->speakers = speakers;
  return TRUE;
}

/* The claim with KEY, its members those still stored; NULL when there is
 * none (or with ERROR). */
static CgClaim *
load_claim (CgStore *s, gint64 key, GError **error)
{
  GHashTable *set = key_set_new ();
  key_set_add (set, key);
  sqlite3_stmt *st
      = keyed_statement (s, "SELECT id, verdict, members, supporters, contradictors FROM claims WHERE id IN (%s)", set,
                         error);
  g_hash_table_unref (set);
  gboolean row = FALSE, ok;
  CgClaim *c = NULL;
  if ((ok = st && step_row (s, st, &row, error)) && row)
    c = claim_from_row (st, NULL);
  sqlite3_finalize (st);
  sqlite3_stmt *run = ok && c == NULL && s->runs ? statement (s, ST_RUN_OF, error) : NULL;
  if (run)
    {
      sqlite3_bind_int64 (run, 1, key);
      if (step_row (s, run, &row, error) && row)
        {
          c = cg_claim_new ();
          c->id = key_string ('c', key);
          c->verdict = CG_VERDICT_SINGLE_SOURCE;
          g_ptr_array_add (c->assertions,
                           key_string ('a', sqlite3_column_int64 (run, 1) + key - sqlite3_column_int64 (run, 0)));
          if (sqlite3_column_type (run, 3) != SQLITE_NULL)
            g_ptr_array_add (c->supporters, key_string ('s', sqlite3_column_int64 (run, 3)));
        }
      sqlite3_reset (run);
    }
  return c;
}

static CgCorpus *
load_around (CgStore *s, CgRules *rules, const char *id, GError **error)
{
  CgCorpus *corpus = NULL;
  GHashTable *seeds = key_set_new (), *assertions = key_set_new (), *speakers = key_set_new ();
  gint64 key;
  gboolean ok = TRUE;
  if (parse_id (id, 'a', &key))
    {
      corpus = cg_corpus_new ();
      key_set_add (seeds, key);
      ok = load_neighbours (s, corpus, seeds, assertions, FALSE, error);
    }
  else if (parse_id (id, 's', &key))
    {
      corpus = cg_corpus_new ();
      key_set_add (speakers, key);
      char *sql = g_strdup_printf ("SELECT id FROM assertions WHERE speaker_id = %" G_GINT64_FORMAT, key);
      sqlite3_stmt *st = NULL;
      if (sqlite3_prepare_v2 (s->db, sql, -1, &st, NULL) != SQLITE_OK)
        ok = db_error (s, error, "preparing a query");
      gboolean row = FALSE;
      while (ok && (ok = step_row (s, st, &row, error)) && row)
        key_set_add (assertions, sqlite3_column_int64 (st, 0));
      sqlite3_finalize (st);
      g_free (sql);
      /* no links: a speaker's page lists what it said */
      GHashTable *none = key_set_new ();
      ok = ok && load_neighbours (s, corpus, none, assertions, FALSE, error);
      g_hash_table_unref (none);
    }
  else if (parse_id (id, 'c', &key))
    {
      CgClaim *c = load_claim (s, key, error);
      if (c == NULL)
        ok = error == NULL || *error == NULL;
      if (c)
        {
          for (guint i = 0; i < c->assertions->len; i++)
            key_set_add_id (seeds, g_ptr_array_index (c->assertions, i), 'a');
          for (guint pass = 0; pass < 2; pass++)
            {
              GPtrArray *who = pass ? c->contradictors : c->supporters;
              for (guint i = 0; i < who->len; i++)
                key_set_add_id (speakers, g_ptr_array_index (who, i), 's');
            }
          ok = load_copies (s, rules, seeds, &corpus, error);
          if (ok)
            {
              /* as load_claims(): members that are gone are left out */
              for (guint i = c->assertions->len; i-- > 0;)
                if (cg_corpus_assertion (corpus, g_ptr_array_index (c->assertions, i)) == NULL)
                  g_ptr_array_remove_index (c->assertions, i);
              g_ptr_array_add (corpus->claims, c);
            }
          else
            cg_claim_free (c);
        }
      if (corpus == NULL && ok)
        corpus = cg_corpus_new ();
    }
  else
    corpus = cg_corpus_new ();
  ok = ok && load_places (s, corpus, speakers, error);
  g_hash_table_unref (seeds);
  g_hash_table_unref (assertions);
  g_hash_table_unref (speakers);
  if (!ok)
    {
      if (corpus)
        cg_corpus_free (corpus);
      return NULL;
    }
  return corpus;
}

CgCorpus *
cg_store_load_around (CgStore *s, CgRules *rules, const char *id, GError **error)
{
  if (sqlite3_exec (s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      db_error (s, error, "starting to read");
      return NULL;
    }
  CgCorpus *corpus = load_around (s, rules, id, error);
  rollback (s);
  return corpus;
}

/* ---- the filters of the list commands ---------------------------------------- */

CgCorpus *
cg_store_load_links (CgStore *s, CgRelation relation, GError **error)
{
  if (sqlite3_exec (s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      db_error (s, error, "starting to read");
      return NULL;
    }
  /* links has no index on relation (schema 2 dropped it): a scan of the
   * table is a tenth of a second on a whole-corpus store */
  CgCorpus *corpus = cg_corpus_new ();
  sqlite3_stmt *st = NULL;
  gboolean ok = sqlite3_prepare_v2 (s->db,
                                    "SELECT from_id, to_id, relation, score, rule, evidence, id FROM links"
                                    " WHERE relation = ?1 ORDER BY id",
                                    -1, &st, NULL) == SQLITE_OK
                || db_error (s, error, "preparing a query");
  if (ok)
    {
      sqlite3_bind_text (st, 1, cg_relation_name (relation), -1, SQLITE_STATIC);
      ok = read_links (s, st, corpus->links, NULL, error);
    }
  sqlite3_finalize (st);
  rollback (s);
  if (!ok)
    {
      cg_corpus_free (corpus);
      return NULL;
    }
  return corpus;
}

/* Claims per part of cg_store_each_claims(): enough that the queries of a
 * part cost little beside its rows, few enough that a verdict of a million
 * claims (single-source) never holds the store's assertions at once. */
#define CLAIMS_PER_PART 256

/* Into PART, which holds claims as stored: their members' assertions and
 * articles, and the claims without the members that are gone. */
static gboolean
fill_part (CgStore *s, CgCorpus *part, GError **error)
{
  GHashTable *members = key_set_new ();
  for (guint i = 0; i < part->claims->len; i++)
    {
      CgClaim *c = g_ptr_array_index (part->claims, i);
      for (guint k = 0; k < c->assertions->len; k++)
        key_set_add_id (members, g_ptr_array_index (c->assertions, k), 'a');
    }
  sqlite3_stmt *st = keyed_statement (s, "SELECT " ASSERTION_COLUMNS " FROM assertions WHERE id IN (%s) ORDER BY id",
                                      members, error);
  gboolean ok = st && read_assertions (s, st, part->assertions, error);
  sqlite3_finalize (st);
  g_hash_table_unref (members);
  if (!ok)
    return FALSE;
  for (guint i = 0; i < part->claims->len; i++)
    {
      CgClaim *c = g_ptr_array_index (part->claims, i);
      for (guint k = c->assertions->len; k-- > 0;)
        if (cg_corpus_assertion (part, g_ptr_array_index (c->assertions, k)) == NULL)
          g_ptr_array_remove_index (c->assertions, k);
    }
  return load_articles_of (s, part, error);
}

gboolean
cg_store_each_claims (CgStore *s, CgVerdict verdict, CgStorePartFunc each, gpointer data, GError **error)
{
  if (sqlite3_exec (s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    return db_error (s, error, "starting to read");
  /* claims has no index on verdict (schema 2 dropped it): the scan of its
   * rows is a tenth of a second on a whole-corpus store */
  sqlite3_stmt *st = NULL;
  gboolean ok = sqlite3_prepare_v2 (s->db,
                                    "SELECT id, verdict, members, supporters, contradictors FROM claims"
                                    " WHERE verdict = ?1 ORDER BY id",
                                    -1, &st, NULL) == SQLITE_OK
                || db_error (s, error, "preparing a query");
  if (ok)
    sqlite3_bind_text (st, 1, cg_verdict_name (verdict), -1, SQLITE_STATIC);
  /* the claims runs imply are single-source */
  sqlite3_stmt *runs = ok && s->runs && verdict == CG_VERDICT_SINGLE_SOURCE ? statement (s, ST_LOAD_RUNS, error) : NULL;
  ClaimCursor cur;
  ok = ok && (runs || !s->runs || verdict != CG_VERDICT_SINGLE_SOURCE) && cursor_start (&cur, s, st, runs, NULL, error);
  gboolean more = ok;
  GArray *implied = g_array_new (FALSE, FALSE, sizeof (guint));   /* the part's claims a run implies */
  while (ok && more)
    {
      CgCorpus *part = cg_corpus_new ();
      g_array_set_size (implied, 0);
      while (part->claims->len < CLAIMS_PER_PART)
        {
          CgClaim *c;
          gint64 member;
          ok = cursor_next (&cur, &c, &member, error);
          if (c == NULL)
            {
              more = FALSE;
              break;
            }
          if (member)
            g_array_append_val (implied, part->claims->len);
          g_ptr_array_add (part->claims, c);
          if (!ok)
            break;
        }
      if (ok && part->claims->len)
        {
          ok = fill_part (s, part, error);
          /* the speaker of a run's claim's member (gone: none) */
          for (guint k = 0; ok && k < implied->len; k++)
            {
              CgClaim *c = g_ptr_array_index (part->claims, g_array_index (implied, guint, k));
              CgAssertion *a = c->assertions->len ? cg_corpus_assertion (part, g_ptr_array_index (c->assertions, 0)) : NULL;
              if (a && a->speaker_id)
                g_ptr_array_add (c->supporters, g_strdup (a->speaker_id));
            }
          ok = ok && each (part, data, error);
        }
      cg_corpus_free (part);
    }
  g_array_unref (implied);
  sqlite3_finalize (st);
  if (runs)
    sqlite3_reset (runs);
  rollback (s);
  return ok;
}

gboolean
cg_store_stats (CgStore *s, CgStoreStats *out, GError **error)
{
  memset (out, 0, sizeof *out);
  if (sqlite3_exec (s->db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    return db_error (s, error, "starting to read");
  gboolean row = FALSE, ok;
  gint64 stale = 0;
  sqlite3_stmt *st = statement (s, ST_COUNT_ARTICLES, error);
  if ((ok = st && step_row (s, st, &row, error)) && row)
    {
      out->articles = (guint) sqlite3_column_int64 (st, 0);
      out->bytes = (guint64) sqlite3_column_int64 (st, 1);
    }
  st = ok ? statement (s, ST_COUNT_SPEAKERS, error) : NULL;
  if ((ok = st && step_row (s, st, &row, error)) && row)
    out->speakers = (guint) sqlite3_column_int64 (st, 0);
  static const StatementId groups[] = { ST_COUNT_KINDS, ST_COUNT_RELATIONS, ST_COUNT_VERDICTS };
  for (guint g = 0; ok && g < G_N_ELEMENTS (groups); g++)
    {
      st = statement (s, groups[g], error);
      ok = st != NULL;
      while (ok && (ok = step_row (s, st, &row, error)) && row)
        {
          const char *name = (const char *) sqlite3_column_text (st, 0);
          guint n = (guint) sqlite3_column_int64 (st, 1);
          CgAssertionKind kind;
          CgRelation relation;
          CgVerdict verdict;
          if (g == 0 && cg_kind_from_name (name, &kind) && (guint) kind < 4)
            out->kinds[kind] += n;
          else if (g == 1 && cg_relation_from_name (name, &relation) && (guint) relation < CG_N_RELATIONS)
            out->relations[relation] += n;
          else if (g == 2 && cg_verdict_from_name (name, &verdict) && (guint) verdict < 4)
            out->verdicts[verdict] += n;
          *(g == 0 ? &out->assertions : g == 1 ? &out->links : &out->claims) += n;
        }
    }
  st = ok && s->runs ? statement (s, ST_COUNT_RUNS, error) : NULL;
  if (s->runs && (ok = st && step_row (s, st, &row, error)) && row)
    {
      guint n = (guint) sqlite3_column_int64 (st, 1);
      out->verdicts[CG_VERDICT_SINGLE_SOURCE] += n;
      out->claims += n;
    }
  if (ok)
    ok = get_meta (s, "claims_stale", &stale, error);
  out->claims_stale = stale != 0;
  for (guint i = 0; i < N_STATEMENTS; i++)
    if (s->statements[i])
      sqlite3_reset (s->statements[i]);
  for (guint i = 0; i < N_MULTI; i++)
    for (guint k = 0; k < MULTI_SLOTS; k++)
      if (s->multi[i][k])
        sqlite3_reset (s->multi[i][k]);
  rollback (s);
  return ok;
}

/* ---- ingesting ----------------------------------------------------------------- */

/* What an ingest run knows of the store: the linker's index and the speaker
 * registry hold the stored records; KNOWN owns them (the linker does not). */
typedef struct {
  CgStore    *store;
  CgPipeline *pipeline;
  CgCorpus   *known;         /* articles (no text) and assertions (see known_assertion_keep()) */
  GStringChunk *known_strings; /* the strings KNOWN's assertions point to: ids, cues, sources (see known_assertion_keep()) */
  CgRegistry *registry;
  CgLinker   *linker;
  GHashTable *dead;          /* ids of assertions deleted since they were indexed */
  gint64      generation;    /* the store's generation KNOWN reflects; -1: nothing loaded */
  gint64      deletions;     /* the store's count of deletions KNOWN reflects */
  guint       syncs;         /* state_sync() calls: one replaces the registry */
  gint64      last_article;  /* the highest article and assertion keys in KNOWN */
  gint64      last_assertion;
  guint       speakers_told; /* registry speakers the linker has been given */
  /* How many aliases and roles of each speaker (indexed by its key) the
   * store holds: a speaker's forms only ever grow at the end (resolve.c
   * appends them), so a changed speaker needs only its new forms written,
   * not all of them deleted and written again. */
  GArray     *forms_stored;  /* FormCounts */
  CgNameSet  *names;         /* not owned: the registry publishes its name keys here for the workers' scans */
  GPtrArray  *speaker_names; /* CgSpeaker*, owned: id, name and kind of every speaker, kept for scoring when the registry goes first */
  /* Linking runs on its own thread, one article behind the writes, so it
   * overlaps resolution and SQL; the linker and LINK_ARTICLES belong to
   * that thread while jobs are pending and change on this one only when
   * none is (at batch boundaries). */
  GThread    *link_thread;   /* NULL: link on the calling thread */
  GThread    *compare_thread; /* compares what link_thread made (cg_linker_link()) */
  GAsyncQueue *jobs, *steps, *done;  /* LinkJob*, in article order: to make, to compare, done */
  guint       pending;       /* jobs made and not yet written */
  /* Jobs made and not pushed yet: they go LINK_BURST at a time, as one
   * chain, so an idle link thread is woken once per burst, not per
   * article (a wake was two futex calls and a context switch). */
  struct _LinkJob *burst_head, *burst_tail;
  guint       burst;
  GPtrArray  *link_articles; /* CgArticle*, not owned: the linker's article list */
  /* The stored links between KNOWN's assertions, in key order (those of
   * deleted assertions are weeded out with DEAD), so that the claims can
   * be scored from memory at the end instead of loading the whole store
   * a second time. */
  GPtrArray  *links;         /* CgLink*, owned */
  gint64      last_link;     /* the highest link key in LINKS */
  guint       expect;        /* assertions this run may add, guessed from its bytes */
  gboolean    drop_speaker_index; /* the next batch drops it (see speaker_index_add()) */
} State;

typedef struct {
  guint aliases;
  guint roles;
} FormCounts;

/* One article's new assertions for the link thread. */
typedef struct _LinkJob {
  CgArticle   *article;   /* not owned */
  GPtrArray   *fresh;     /* CgAssertion*, not owned */
  CgLinkBatch *batch;     /* FRESH prepared by a worker, or NULL */
  CgLinkStep  *step;      /* made of BATCH by the link thread, for the compare thread */
  GPtrArray   *speakers;  /* CgSpeaker*, owned: id and kind of the registry's new tail */
  GPtrArray   *links;     /* CgLink*, the result */
  struct _LinkJob *next;  /* the next job of the same push, or NULL */
} LinkJob;

static LinkJob stop_job;  /* tells the link thread to end */

/* KNOWN's assertions, kept for linking and scoring until the end of a
 * run, are a large share of a big ingest's peak, so they keep only what
 * those read, packed and no string twice: their article_id is their
 * article's id (KNOWN holds the article as long as the assertion), their
 * speaker_id one copy per speaker, their own id, cue and source packed
 * one after another, all in ST's known_strings; their rule is interned
 * (cg-model.h), never a copy.  A malloc'd copy of a
 * short string is a 32-byte block: each assertion is about 150 bytes less
 * (1.2M assertions on the whole AllSides corpus).  Called before the
 * link thread is given the assertion (it reads these strings as it links
 * and compares, never keeping a pointer to them from before); nothing
 * changes them afterwards (resolution is done). */
static void
pack_string (GStringChunk *chunk, char **field, gboolean shared)
{
  char *own = *field;
  if (own == NULL)
    return;
  *field = shared ? (char *) g_string_chunk_insert_const (chunk, own) : g_string_chunk_insert (chunk, own);
  g_free (own);
}

static void
known_assertion_keep (State *st, CgAssertion *as, CgArticle *article)
{
  cg_assertion_set_string (as, &as->article_id, NULL);
  as->article_id = article->id;
  pack_string (st->known_strings, &as->speaker_id, TRUE);
  pack_string (st->known_strings, &as->id, FALSE);
  pack_string (st->known_strings, &as->cue_text, FALSE);
  pack_string (st->known_strings, &as->source_text, FALSE);
}

/* The free function of KNOWN's assertions: their strings but the text
 * are borrowed. */
static void
known_assertion_free (gpointer p)
{
  CgAssertion *as = p;
  as->article_id = as->speaker_id = as->id = as->cue_text = as->source_text = NULL;
  cg_assertion_free (as);
}

/* A link kept in memory for the claims: they read its ends and relation. */
static void
link_keep (CgLink *l)
{
  g_clear_pointer (&l->evidence, g_free);
  g_clear_pointer (&l->rule, g_free);
}

static CgCorpus *
known_new (void)
{
  CgCorpus *known = cg_corpus_new ();
  g_ptr_array_set_free_func (known->assertions, known_assertion_free);
  return known;
}

static void
state_clear (State *st)
{
  /* The linker points into KNOWN: free it first. */
  g_clear_pointer (&st->linker, cg_linker_free);
  g_clear_pointer (&st->link_articles, g_ptr_array_unref);
  g_clear_pointer (&st->registry, cg_registry_free);
  g_clear_pointer (&st->speaker_names, g_ptr_array_unref);
  g_clear_pointer (&st->forms_stored, g_array_unref);
  g_clear_pointer (&st->known, cg_corpus_free);
  g_clear_pointer (&st->known_strings, g_string_chunk_free);  /* after KNOWN, whose assertions point into it */
  g_clear_pointer (&st->dead, g_hash_table_unref);
  g_clear_pointer (&st->links, g_ptr_array_unref);
  st->generation = -1;
}

static gint64
last_key (GPtrArray *records, gsize id_offset, char prefix, gint64 before)
{
  gint64 key;
  if (records->len == 0)
    return before;
  gpointer last = g_ptr_array_index (records, records->len - 1);
  return parse_id (G_STRUCT_MEMBER (const char *, last, id_offset), prefix, &key) ? MAX (key, before) : before;
}

/* A fresh registry from the stored speakers.  Speakers another process
 * changed cannot be updated inside a registry, so it is rebuilt whole;
 * that is linear in the speakers, not in the assertions. */
static gboolean
state_load_speakers (State *st, GError **error)
{
  GPtrArray *speakers = load_speakers (st->store, error);
  if (speakers == NULL)
    return FALSE;
  g_clear_pointer (&st->registry, cg_registry_free);
  st->registry = cg_registry_new (cg_pipeline_rules (st->pipeline), error);
  if (st->registry == NULL)
    {
      g_ptr_array_unref (speakers);
      return FALSE;
    }
  g_ptr_array_set_free_func (speakers, NULL);
  g_clear_pointer (&st->forms_stored, g_array_unref);
  st->forms_stored = g_array_new (FALSE, TRUE, sizeof (FormCounts));
  for (guint i = 0; i < speakers->len; i++)
    {
      CgSpeaker *sp = g_ptr_array_index (speakers, i);
      gint64 key;
      if (parse_id (sp->id, 's', &key) && key < G_MAXUINT)
        {
          if ((guint) key >= st->forms_stored->len)
            g_array_set_size (st->forms_stored, (guint) key + 1);
          FormCounts *fc = &g_array_index (st->forms_stored, FormCounts, key);
          fc->aliases = sp->aliases->len;
          fc->roles = sp->roles->len;
        }
      cg_registry_add (st->registry, sp);
    }
  g_ptr_array_unref (speakers);
  g_ptr_array_unref (cg_registry_take_changed (st->registry));
  cg_registry_publish (st->registry, st->names);
  st->speakers_told = 0;
  return TRUE;
}

/* The ids and kinds of the speakers the linker has not seen yet (a report
 * of a report needs them), copied now, because the registry keeps changing
 * while the link thread works.  The registry appends new speakers, so only
 * the tail is new: telling it all of them per article would be quadratic.
 * Returns a new array of new speakers. */
static GPtrArray *
state_new_speakers (State *st)
{
  GPtrArray *all = cg_registry_speakers (st->registry);
  GPtrArray *tail = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_speaker_free);
  for (guint i = st->speakers_told; i < all->len; i++)
    {
      CgSpeaker *sp = g_ptr_array_index (all, i), *copy = cg_speaker_new ();
      copy->id = g_strdup (sp->id);
      copy->kind = sp->kind;
      g_ptr_array_add (tail, copy);
    }
  st->speakers_told = MAX (st->speakers_told, all->len);
  return tail;
}

static void
link_job_run (State *st, LinkJob *job)
{
  g_ptr_array_add (st->link_articles, job->article);
  if (job->speakers->len)
    cg_linker_set_speakers (st->linker, job->speakers);
  if (job->batch)
    job->links = cg_linker_add_prepared (st->linker, g_steal_pointer (&job->batch), st->link_articles);
  else
    job->links = cg_linker_add (st->linker, job->fresh, st->link_articles);
}

static void
link_job_free (LinkJob *job)
{
  g_ptr_array_unref (job->fresh);
  cg_link_batch_free (job->batch);
  g_ptr_array_unref (job->speakers);
  if (job->links)
    g_ptr_array_unref (job->links);
  g_free (job);
}

#define LINK_BURST 4   /* link jobs pushed at once */

/* Push the jobs made and not pushed yet to the link thread. */
static void
jobs_send (State *stt)
{
  if (stt->burst_head == NULL)
    return;
  g_async_queue_push (stt->jobs, stt->burst_head);
  stt->burst_head = stt->burst_tail = NULL;
  stt->burst = 0;
}

/* The link thread makes each job's items (cg_linker_make()) and the
 * compare thread links them (cg_linker_link()), a job behind: the
 * linker's serial work on two threads, with the links of one.  Each job
 * goes on as soon as it is made, not with the rest of its burst: the
 * linker may wait in cg_linker_make() for the jobs made before to be
 * linked (a push to a busy compare thread wakes nobody). */
static gpointer
link_thread (gpointer data)
{
  State *st = data;
  timeline_clock (TT_LINK);
  busy_change (1);
  for (;;)
    {
      gint64 t0 = wait_start (TT_LINK);
      LinkJob *job = g_async_queue_pop (st->jobs);
      wait_end (TT_LINK, TW_JOBS, t0);
      if (job == &stop_job)
        {
          if (times.on)
            {
              __atomic_store_n (&times.cpu_us[TT_LINK], thread_cpu_us (), __ATOMIC_RELAXED);
              times.sys_us[TT_LINK] = thread_sys_us (&times.faults[TT_LINK]);
            }
          timeline_unclock (TT_LINK);
          busy_change (-1);
          g_async_queue_push (st->steps, job);
          return NULL;
        }
      while (job)
        {
          LinkJob *next = g_steal_pointer (&job->next);
          g_ptr_array_add (st->link_articles, job->article);
          if (job->speakers->len)
            cg_linker_set_speakers (st->linker, job->speakers);
          CgLinkBatch *batch = job->batch ? g_steal_pointer (&job->batch) : cg_linker_prepare (st->linker, job->fresh);
          job->step = cg_linker_make (st->linker, batch, st->link_articles);
          g_async_queue_push (st->steps, job);
          job = next;
        }
    }
}

static gpointer
compare_thread (gpointer data)
{
  State *st = data;
  timeline_clock (TT_COMPARE);
  busy_change (1);
  for (;;)
    {
      gint64 t0 = wait_start (TT_COMPARE);
      LinkJob *job = g_async_queue_pop (st->steps);
      wait_end (TT_COMPARE, TW_JOBS, t0);
      if (job == &stop_job)
        {
          if (times.on)
            {
              __atomic_store_n (&times.cpu_us[TT_COMPARE], thread_cpu_us (), __ATOMIC_RELAXED);
              times.sys_us[TT_COMPARE] = thread_sys_us (&times.faults[TT_COMPARE]);
            }
          timeline_unclock (TT_COMPARE);
          busy_change (-1);
          return NULL;
        }
      while (job)
        {
          LinkJob *next = g_steal_pointer (&job->next);
          job->links = cg_linker_link (st->linker, g_steal_pointer (&job->step));
          g_async_queue_push (st->done, job);
          job = next;
        }
    }
}

/* Load the articles and assertions stored after the ones KNOWN has, and
 * index the new assertions (their links exist already). */
static gboolean
state_load_after (State *st, GError **error)
{
  guint first = st->known->assertions->len, first_link = st->links->len;
  if (!load_articles (st->store, st->known->articles, FALSE, st->last_article, error)
      || !load_assertions (st->store, st->known->assertions, st->last_assertion, error)
      || !load_links (st->store, st->links, st->last_link, &st->last_link, error))
    return FALSE;
  st->last_article = last_key (st->known->articles, G_STRUCT_OFFSET (CgArticle, id), 'd', st->last_article);
  st->last_assertion = last_key (st->known->assertions, G_STRUCT_OFFSET (CgAssertion, id), 'a', st->last_assertion);
  for (guint i = first_link; i < st->links->len; i++)
    link_keep (g_ptr_array_index (st->links, i));
  if (first == st->known->assertions->len)
    return TRUE;
  GHashTable *by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < st->known->articles->len; i++)
    {
      CgArticle *a = g_ptr_array_index (st->known->articles, i);
      g_hash_table_insert (by_id, a->id, a);
    }
  GPtrArray *fresh = g_ptr_array_new ();
  for (guint i = first; i < st->known->assertions->len; i++)
    {
      CgAssertion *as = g_ptr_array_index (st->known->assertions, i);
      CgArticle *a = as->article_id ? g_hash_table_lookup (by_id, as->article_id) : NULL;
      if (a == NULL)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_STORE, "%s: assertion %s: its article %s is not stored",
                       st->store->path, as->id, as->article_id ? as->article_id : "(none)");
          g_hash_table_unref (by_id);
          g_ptr_array_unref (fresh);
          /* the unkept ones own their strings */
          while (st->known->assertions->len > i)
            cg_assertion_free (g_ptr_array_steal_index (st->known->assertions, st->known->assertions->len - 1));
          return FALSE;
        }
      known_assertion_keep (st, as, a);
      g_ptr_array_add (fresh, as);
    }
  g_hash_table_unref (by_id);
  cg_linker_index (st->linker, fresh, st->known->articles);
  g_ptr_array_unref (fresh);
  return TRUE;
}

/* Bring KNOWN, the linker and the registry up to what the store holds at
 * GENERATION; inside the write transaction, so nothing changes underneath.
 * When another process only added articles, load just those; when it
 * deleted some (an edited file), the linker's index holds assertions that
 * are gone, so start again from scratch. */
static gboolean
state_sync (State *st, gint64 generation, GError **error)
{
  gint64 deletions;
  st->syncs++;
  if (!get_meta (st->store, "deletions", &deletions, error))
    return FALSE;
  if (st->generation < 0 || deletions != st->deletions)
    {
      state_clear (st);
      st->known = known_new ();
      st->known_strings = g_string_chunk_new (1024 * 1024);
      st->dead = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      st->links = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_free);
      st->last_article = st->last_assertion = st->last_link = 0;
      st->linker = cg_linker_new (cg_pipeline_rules (st->pipeline), error);
      if (st->linker == NULL)
        goto fail;
      /* Sized once, the posting map is never rehashed during a big run; a
       * rehash holds the old and the new table at once, which was the
       * peak of a whole-corpus ingest. */
      if (st->expect)
        cg_linker_expect (st->linker, st->expect);
    }
  if (!state_load_after (st, error) || !state_load_speakers (st, error))
    goto fail;
  g_clear_pointer (&st->link_articles, g_ptr_array_unref);
  st->link_articles = g_ptr_array_copy (st->known->articles, NULL, NULL);
  g_ptr_array_set_free_func (st->link_articles, NULL);  /* KNOWN owns them */
  st->generation = generation;
  st->deletions = deletions;
  return TRUE;
fail:
  state_clear (st);
  return FALSE;
}

/* One file of the run, filled in by a worker. */
typedef struct {
  char            *path;
  char            *location;  /* canonical absolute path */
  char            *sha256;
  gsize            bytes;
  gboolean         known;     /* already stored (by the snapshot): nothing to do */
  CgArticleResult *result;
  GPtrArray       *fresh;     /* RESULT's assertions (not owned), as BATCH holds them */
  CgLinkBatch     *batch;     /* FRESH prepared for linking, by the worker */
  CgArticleScan   *scan;      /* RESULT's article scanned for speaker names, by the worker */
  /* article_blanks() of RESULT's article, by the worker (BLANKS_MADE):
   * comparing the text with the raw bytes is a pass over the article */
  GBytes          *blanks;
  gboolean         blanks_made;
  /* Speakers resolved (item_resolve()), against the registry of State.syncs
   * RESOLVED - 1; 0: not yet.  SPEAKERS: the registry's new speakers then. */
  guint            resolved;
  GPtrArray       *speakers;
  GError          *error;
  gboolean         ready;
} Item;

typedef struct {
  CgPipeline *pipeline;
  /* Most of linking an assertion (normalizing its words, reading the rules'
   * lists off them) needs no other assertion, so the workers do it, with a
   * linker of their own that indexes nothing: a prepared batch holds no
   * reference to the linker that prepared it, and the run's linker, made
   * from the same rules, adds it.  That linker may be replaced in the
   * middle of the run (state_sync()); this one stays. */
  CgLinker   *preparer;
  /* The per-article part of speaker resolution runs on the workers too,
   * each with a registry of its own that holds no speaker (see
   * cg_registry_scan()): a queue of them, one per worker. */
  GAsyncQueue *scanners;  /* CgRegistry*, or NULL: resolve on the calling thread */
  Item       *items;
  GHashTable *stored;   /* sha256 -> location, snapshot taken before the run; read-only */
  GHashTable *places;   /* location -> sha256 of the same snapshot */
  /* Each directory's realpath(), by the directory as listed (a NULL value:
   * it has none); a file's location is its directory's plus its name. */
  GHashTable *dirs;
  GMutex      dirs_lock;
  GMutex      lock;
  GCond       cond;
  /* The item (index + 1) the calling thread waits for, 0: none.  A worker
   * signals only when it finished that one: a signal per item was a
   * futex call per article, mostly waking nobody. */
  guint       waiting;
} Work;

/* Drop what the worker made for IT (once written, or never to be). */
static void
item_clear (Item *it)
{
  /* The batch and the scan point at the result's records: they go first. */
  g_clear_pointer (&it->batch, cg_link_batch_free);
  g_clear_pointer (&it->scan, cg_article_scan_free);
  g_clear_pointer (&it->blanks, g_bytes_unref);
  it->blanks_made = FALSE;
  g_clear_pointer (&it->fresh, g_ptr_array_unref);
  g_clear_pointer (&it->result, cg_article_result_free);
  g_clear_pointer (&it->speakers, g_ptr_array_unref);
  it->resolved = 0;
}

/* PATH's canonical absolute location, as realpath() gives it, else as
 * g_canonicalize_filename() does: new string.  realpath() asks the kernel
 * about every directory of the path, each one looked up from the root
 * again (four readlink() calls, ten lookups, a file of /tmp/a/b/): the
 * directories of a run are few, so each is resolved once, and a file that
 * is no symbolic link itself is its directory's location plus its name. */
static char *
canonical_location (Work *w, const char *path)
{
  const char *slash = strrchr (path, '/');
  const char *name = slash ? slash + 1 : path;
  GStatBuf st;
  if (*name && strcmp (name, ".") != 0 && strcmp (name, "..") != 0
      && g_lstat (path, &st) == 0 && !S_ISLNK (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      char *dir = slash == NULL ? g_strdup (".") : slash == path ? g_strdup ("/") : g_strndup (path, (gsize) (slash - path));
      gpointer real = NULL;
      g_mutex_lock (&w->dirs_lock);
      if (!g_hash_table_lookup_extended (w->dirs, dir, NULL, &real))
        {
          char *r = realpath (dir, NULL);
          real = r ? g_strdup (r) : NULL;
          free (r);
          g_hash_table_insert (w->dirs, dir, real);
          dir = NULL;
        }
      g_mutex_unlock (&w->dirs_lock);
      g_free (dir);
      if (real)
        return g_str_has_suffix (real, "/") ? g_strconcat (real, name, NULL) : g_strconcat (real, "/", name, NULL);
    }
  char *real = realpath (path, NULL);
  if (real)
    {
      char *out = g_strdup (real);
      free (real);
      return out;
    }
  return g_canonicalize_filename (path, NULL);
}

static void
process_item (gpointer data, gpointer user_data)
{
  Work *w = user_data;
  Item *it = &w->items[GPOINTER_TO_UINT (data) - 1];
  gint64 cpu0 = times.on ? thread_cpu_us () : 0;
  busy_change (1);
  char *bytes = NULL;
  gsize len = 0;
  GError *error = NULL;
  /* On the workers, not before the first file can start. */
  it->location = canonical_location (w, it->path);
  if (g_hash_table_size (w->stored) == 0)
    {
      /* Nothing is stored (a fresh store): no file can be unchanged, so
       * read it once, through the reader, which hashes it too. */
      it->result = cg_pipeline_process_file (w->pipeline, it->path, &error);
      if (it->result)
        {
          it->sha256 = g_strdup (it->result->article->sha256);
          it->bytes = it->result->article->len;
        }
    }
  else if (g_file_get_contents (it->path, &bytes, &len, &error))
    {
      it->sha256 = cg_sha256_hex (bytes, len);
      it->bytes = len;
      g_free (bytes);
      /* Unchanged when its bytes are stored and its place holds no other version. */
      const char *there = g_hash_table_lookup (w->places, it->location);
      it->known = g_hash_table_contains (w->stored, it->sha256) && (there == NULL || strcmp (there, it->sha256) == 0);
      if (!it->known)
        it->result = cg_pipeline_process_file (w->pipeline, it->path, &error);
    }
  else if (error->domain == G_FILE_ERROR)
    {
      /* Name the file as the reader would. */
      GError *e = g_error_new (CG_ERROR, CG_ERROR_IO, "%s", error->message);
      g_error_free (error);
      error = e;
    }
  if (it->result && w->scanners && it->result->assertions->len)
    {
      CgRegistry *scanner = g_async_queue_pop (w->scanners);
      it->scan = cg_registry_scan (scanner, it->result->article, it->result->segments, it->result->assertions);
      g_async_queue_push (w->scanners, scanner);
    }
  if (it->result)
    {
      it->blanks = article_blanks (it->result->article);
      it->blanks_made = TRUE;
      /* Nothing reads the raw bytes after their blanks: free them on the
       * thread that allocated them.  (Freed by the writing thread, a
       * whole file's buffer went back to this worker's arena under its
       * lock and was consolidated there on a later allocation.) */
      g_clear_pointer (&it->result->article->raw, g_free);
    }
  if (it->result && w->preparer)
    {
      it->fresh = g_ptr_array_copy (it->result->assertions, NULL, NULL);
      g_ptr_array_set_free_func (it->fresh, NULL);
      it->batch = cg_linker_prepare (w->preparer, it->fresh);
    }
  if (times.on)
    __atomic_fetch_add (&times.cpu_us[TT_POOL], thread_cpu_us () - cpu0, __ATOMIC_RELAXED);
  busy_change (-1);
  g_mutex_lock (&w->lock);
  it->error = error;
  it->ready = TRUE;
  if (w->waiting == GPOINTER_TO_UINT (data))
    g_cond_signal (&w->cond);
  g_mutex_unlock (&w->lock);
}

static gboolean
lookup_id (CgStore *s, StatementId id, const char *a, const char *b, gint64 *out, GError **error)
{
  sqlite3_stmt *st = statement (s, id, error);
  if (st == NULL)
    return FALSE;
  bind_text (st, 1, a);
  if (b)
    bind_text (st, 2, b);
  gboolean row;
  if (!step_row (s, st, &row, error))
    return FALSE;
  *out = row ? sqlite3_column_int64 (st, 0) : 0;
  sqlite3_reset (st);
  return TRUE;
}

/* Delete article KEY with its assertions and their links (what the
 * foreign keys would cascade to: the ingest runs without them); remember
 * the assertion ids so that no new link points at them.  The claims naming
 * them are rewritten at the end of the ingest. */
static gboolean
delete_article (State *stt, gint64 key, GError **error)
{
  CgStore *s = stt->store;
  sqlite3_stmt *st = statement (s, ST_ARTICLE_ASSERTIONS, error);
  gboolean row, ok;
  if (st == NULL)
    return FALSE;
  sqlite3_bind_int64 (st, 1, key);
  while ((ok = step_row (s, st, &row, error)) && row)
    g_hash_table_add (stt->dead, key_string ('a', sqlite3_column_int64 (st, 0)));
  sqlite3_reset (st);
  if (!ok)
    return FALSE;
  static const StatementId steps[] = { ST_DELETE_ARTICLE_LINKS_FROM, ST_DELETE_ARTICLE_LINKS_TO,
                                       ST_DELETE_ARTICLE_ROWS, ST_DELETE_ARTICLE };
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if ((st = statement (s, steps[i], error)) == NULL)
        return FALSE;
      sqlite3_bind_int64 (st, 1, key);
      if (!step_done (s, st, error, "deleting an article's old version"))
        return FALSE;
    }
  return TRUE;
}

/* Insert article A found at LOCATION; BLANKS is article_blanks() of it,
 * made by a worker (BLANKS_MADE), else made here. */
static gboolean
insert_article (CgStore *s, const CgArticle *a, const char *location, GBytes *blanks, gboolean blanks_made,
                gint64 *key, GError **error)
{
  sqlite3_stmt *st = statement (s, ST_INSERT_ARTICLE, error);
  if (st == NULL)
    return FALSE;
  bind_text (st, 1, a->path);
  bind_text (st, 2, location);
  bind_text (st, 3, a->sha256);
  bind_text (st, 4, a->title);
  bind_text (st, 5, a->author);
  bind_text (st, 6, a->outlet);
  bind_text (st, 7, a->date);
  bind_text (st, 13, a->wire);
  sqlite3_bind_int64 (st, 8, (gint64) a->len);
  GBytes *bl = blanks_made ? (blanks ? g_bytes_ref (blanks) : NULL) : article_blanks (a);
  GBytes *bp = spans_to_blob (a->boilerplate);
  gsize n;
  if (bl)
    {
      const void *d = g_bytes_get_data (bl, &n);
      sqlite3_bind_blob64 (st, 10, n ? d : "", n, SQLITE_STATIC);
    }
  else if (a->text)
    sqlite3_bind_blob64 (st, 11, a->text, a->len, SQLITE_STATIC);
  const void *d = g_bytes_get_data (bp, &n);
  sqlite3_bind_blob64 (st, 12, n ? d : "", n, SQLITE_STATIC);
  gboolean ok = step_done (s, st, error, "storing an article");
  if (bl)
    g_bytes_unref (bl);
  g_bytes_unref (bp);
  *key = sqlite3_last_insert_rowid (s->db);
  return ok;
}

static void
bind_span (sqlite3_stmt *st, int i, CgSpan span)
{
  sqlite3_bind_int64 (st, i, span.start);
  sqlite3_bind_int64 (st, i + 1, span.end);
}

typedef struct {
  GPtrArray *assertions;  /* CgAssertion* */
  gint64     article_key;
} AssertionRows;

static gboolean
bind_assertion (CgStore *s, sqlite3_stmt *st, int i, guint row, gpointer data, GError **error)
{
  AssertionRows *rows = data;
  CgAssertion *a = g_ptr_array_index (rows->assertions, row);
  gint64 speaker = 0;  /* set when a->speaker_id is; -O3 cannot tell */
  if (a->speaker_id && !parse_id (a->speaker_id, 's', &speaker))
    return bad_id (s, "speaker", a->speaker_id, error);
  sqlite3_bind_int64 (st, i, rows->article_key);
  bind_text (st, i + 1, cg_kind_name (a->kind));
  bind_text (st, i + 2, a->text ? a->text : "");
  bind_span (st, i + 3, a->span);
  bind_text (st, i + 5, a->cue_text);
  bind_span (st, i + 6, a->cue);
  bind_text (st, i + 8, a->source_text);
  bind_span (st, i + 9, a->source);
  if (a->speaker_id)
    sqlite3_bind_int64 (st, i + 11, speaker);
  else
    sqlite3_bind_null (st, i + 11);
  bind_text (st, i + 12, cg_certainty_name (a->certainty));
  bind_text (st, i + 13, cg_polarity_name (a->polarity));
  bind_text (st, i + 14, cg_stance_name (a->stance));
  bind_text (st, i + 15, a->rule);
  sqlite3_bind_int64 (st, i + 16, a->sentence);
  return TRUE;
}

/* A multi-row INSERT numbers its rows one after the other (AUTOINCREMENT
 * takes the highest key so far plus one, row by row), so the last rowid
 * gives them all. */
static void
assertion_ids (guint first, guint n, gint64 last, gpointer data)
{
  AssertionRows *rows = data;
  for (guint k = 0; k < n; k++)
    {
      CgAssertion *a = g_ptr_array_index (rows->assertions, first + k);
      g_free (a->id);
      a->id = key_string ('a', last - (gint64) (n - 1 - k));
    }
}

/* Insert ASSERTIONS of the article ARTICLE_KEY and set their ids. */
static gboolean
insert_assertions (CgStore *s, GPtrArray *assertions, gint64 article_key, GError **error)
{
  AssertionRows rows = { assertions, article_key };
  return insert_rows (s, MT_ASSERTION, assertions->len, bind_assertion, assertion_ids, &rows,
                      "storing an assertion", error);
}

static gboolean
insert_link (CgStore *s, const CgLink *l, GError **error)
{
  gint64 from, to;
  if (!parse_id (l->from, 'a', &from))
    return bad_id (s, "assertion", l->from, error);
  if (!parse_id (l->to, 'a', &to))
    return bad_id (s, "assertion", l->to, error);
  sqlite3_stmt *st = statement (s, ST_INSERT_LINK, error);
  if (st == NULL)
    return FALSE;
  sqlite3_bind_int64 (st, 1, from);
  sqlite3_bind_int64 (st, 2, to);
  bind_text (st, 3, cg_relation_name (l->relation));
  sqlite3_bind_double (st, 4, l->score);
  bind_text (st, 5, l->rule);
  bind_text (st, 6, l->evidence);
  return step_done (s, st, error, "storing a link");
}

/* The registry's speaker with ID: its array is in id order, so bisect on
 * the number and fall back to a scan if that order does not hold. */
static CgSpeaker *
find_speaker (GPtrArray *speakers, const char *id)
{
  gint64 want;
  if (parse_id (id, 's', &want))
    {
      guint lo = 0, hi = speakers->len;
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          CgSpeaker *sp = g_ptr_array_index (speakers, mid);
          gint64 k;
          if (!parse_id (sp->id, 's', &k))
            break;
          if (k == want)
            return sp;
          if (k < want)
            lo = mid + 1;
          else
            hi = mid;
        }
    }
  for (guint i = 0; i < speakers->len; i++)
    if (g_strcmp0 (((CgSpeaker *) g_ptr_array_index (speakers, i))->id, id) == 0)
      return g_ptr_array_index (speakers, i);
  return NULL;
}

/* Resolve the speakers of IT's new assertions, in file order: the
 * registry changes with every article. */
static void
item_resolve (State *stt, Item *it)
{
  CgArticleResult *r = it->result;
  if (it->scan)
    {
      gboolean stood = cg_registry_resolve_scanned (stt->registry, g_steal_pointer (&it->scan), r->article,
                                                    r->segments, r->assertions);
      times.scans++;
      times.rescans += !stood;
    }
  else
    cg_registry_resolve_article (stt->registry, r->article, r->segments, r->assertions);
  it->speakers = state_new_speakers (stt);
  it->resolved = stt->syncs + 1;
}

/* The new article of IT in its transaction: article and assertions
 * (speakers resolved); the speakers it changed are written when the batch
 * commits, and its links against everything stored are made on the link
 * thread and written by links_write(). */
static gboolean
write_new (State *stt, Item *it, guint *n_assertions, GError **error)
{
  CgStore *s = stt->store;
  CgArticleResult *r = it->result;
  CgArticle *a = r->article;
  gint64 key;
  if (!insert_article (s, a, it->location, it->blanks, it->blanks_made, &key, error))
    return FALSE;
  g_free (a->id);
  a->id = key_string ('d', key);
  for (guint k = 0; k < r->assertions->len; k++)
    {
      CgAssertion *as = g_ptr_array_index (r->assertions, k);
      cg_assertion_set_string (as, &as->article_id, g_strdup (a->id));
    }
  if (!it->resolved)
    item_resolve (stt, it);
  if (!insert_assertions (s, r->assertions, key, error))
    return FALSE;

  stt->last_article = MAX (stt->last_article, key);
  if (r->assertions->len)
    stt->last_assertion = last_key (r->assertions, G_STRUCT_OFFSET (CgAssertion, id), 'a', stt->last_assertion);
  /* The linker keeps pointers: the records move to KNOWN first. */
  g_ptr_array_add (stt->known->articles, a);
  r->article = NULL;
  /* A worker prepared the same assertions, in the same order, for linking. */
  gboolean prepared = it->fresh != NULL;
  GPtrArray *fresh = prepared ? g_steal_pointer (&it->fresh) : g_ptr_array_new ();
  *n_assertions += r->assertions->len;
  for (guint k = 0; k < r->assertions->len; k++)
    {
      CgAssertion *as = g_ptr_array_index (r->assertions, k);
      if (!prepared)
        g_ptr_array_add (fresh, as);
      known_assertion_keep (stt, as, a);
      g_ptr_array_add (stt->known->assertions, as);
    }
  g_ptr_array_set_free_func (r->assertions, NULL);
  g_ptr_array_set_size (r->assertions, 0);
  LinkJob *job = g_new0 (LinkJob, 1);
  job->article = a;
  job->fresh = fresh;
  job->batch = g_steal_pointer (&it->batch);
  job->speakers = g_steal_pointer (&it->speakers);
  stt->pending++;
  if (stt->link_thread)
    {
      if (stt->burst_tail)
        stt->burst_tail->next = job;
      else
        stt->burst_head = job;
      stt->burst_tail = job;
      if (++stt->burst == LINK_BURST)
        jobs_send (stt);
    }
  else
    {
      link_job_run (stt, job);
      g_async_queue_push (stt->done, job);
    }

  /* Only metadata is needed from here on (dates, for the linker). */
  g_clear_pointer (&a->raw, g_free);
  g_clear_pointer (&a->text, g_free);
  return TRUE;
}

/* One new alias or role of a speaker, as a row of speaker_forms. */
typedef struct {
  gint64      key;
  int         role;
  int         pos;
  const char *form;   /* the speaker's */
} FormRow;

static gboolean
bind_speaker (CgStore *s, sqlite3_stmt *st, int i, guint row, gpointer data, GError **error)
{
  const CgSpeaker *sp = g_ptr_array_index ((GPtrArray *) data, row);
  gint64 key;
  if (!parse_id (sp->id, 's', &key) || key >= G_MAXUINT)
    return bad_id (s, "speaker", sp->id, error);
  sqlite3_bind_int64 (st, i, key);
  bind_text (st, i + 1, sp->name ? sp->name : "");
  bind_text (st, i + 2, cg_speaker_kind_name (sp->kind));
  return TRUE;
}

static gboolean
bind_form (CgStore *s, sqlite3_stmt *st, int i, guint row, gpointer data, GError **error)
{
  (void) s;
  (void) error;
  const FormRow *f = &g_array_index ((GArray *) data, FormRow, row);
  sqlite3_bind_int64 (st, i, f->key);
  sqlite3_bind_int (st, i + 1, f->role);
  sqlite3_bind_int (st, i + 2, f->pos);
  bind_text (st, i + 3, f->form);
  return TRUE;
}

/* Write the speakers the registry created or changed since the last call:
 * their rows, and the aliases and roles the store does not hold yet
 * (FORMS_STORED says how many it does); once per batch, not per article: a
 * speaker named in many articles of a batch changes in each (its aliases
 * grow), and the registry keeps a changed speaker once however often it
 * changed. */
static gboolean
write_changed_speakers (State *stt, GError **error)
{
  GPtrArray *changed = cg_registry_take_changed (stt->registry);
  GPtrArray *speakers = cg_registry_speakers (stt->registry);
  GPtrArray *rows = g_ptr_array_sized_new (changed->len);
  for (guint k = 0; k < changed->len; k++)
    {
      CgSpeaker *sp = find_speaker (speakers, g_ptr_array_index (changed, k));
      if (sp)
        g_ptr_array_add (rows, sp);
    }
  g_ptr_array_unref (changed);
  gboolean ok = insert_rows (stt->store, MT_SPEAKER, rows->len, bind_speaker, NULL, rows, "storing a speaker", error);
  /* (After a failure the batch is rolled back and the state, these counts
   * with it, loaded again.) */
  GArray *forms = g_array_new (FALSE, FALSE, sizeof (FormRow));
  for (guint k = 0; ok && k < rows->len; k++)
    {
      CgSpeaker *sp = g_ptr_array_index (rows, k);
      gint64 key = 0;  /* -O3 cannot tell that parse_id() sets it */
      parse_id (sp->id, 's', &key);  /* checked by bind_speaker() */
      if ((guint) key >= stt->forms_stored->len)
        g_array_set_size (stt->forms_stored, (guint) key + 1);
      FormCounts *fc = &g_array_index (stt->forms_stored, FormCounts, key);
      for (int role = 0; role < 2; role++)
        {
          GPtrArray *list = role ? sp->roles : sp->aliases;
          guint *stored = role ? &fc->roles : &fc->aliases;
          for (guint i = *stored; i < list->len; i++)
            {
              FormRow f = { key, role, (int) i, g_ptr_array_index (list, i) };
              g_array_append_val (forms, f);
            }
          *stored = list->len;
        }
    }
  if (ok)
    ok = insert_rows (stt->store, MT_FORM, forms->len, bind_form, NULL, forms, "storing a speaker's names", error);
  g_array_unref (forms);
  g_ptr_array_unref (rows);
  return ok;
}

/* Work the calling thread may do while it waits for the link threads
 * at a commit: AHEAD (see resolve_ahead()) does a piece of it and returns
 * TRUE, or FALSE when there is none now. */
typedef struct _Ahead Ahead;
static gboolean resolve_ahead (Ahead *ah);

/* Write the links of finished link jobs, in article order; with WAIT,
 * every pending one (the link thread is idle afterwards), doing AHEAD's
 * work (may be NULL) while none is finished.  After a failure the
 * remaining jobs are still taken, not written. */
static gboolean
links_write (State *stt, gboolean wait, Ahead *ahead, guint *n_links, GError **error)
{
  gboolean ok = TRUE;
  if (wait)
    jobs_send (stt);
  while (stt->pending)
    {
      LinkJob *job = g_async_queue_try_pop (stt->done);
      while (wait && job == NULL && ahead && resolve_ahead (ahead))
        job = g_async_queue_try_pop (stt->done);
      if (wait && job == NULL)
        {
          gint64 t0 = wait_start (TT_MAIN);
          main_state (MS_LINKS);
          job = g_async_queue_pop (stt->done);
          wait_end (TT_MAIN, TW_LINKS, t0);
          main_state (MS_BUSY);
        }
      if (job == NULL)
        break;
      stt->pending--;
      for (guint k = 0; ok && k < job->links->len; k++)
        {
          CgLink *l = g_ptr_array_index (job->links, k);
          if (g_hash_table_contains (stt->dead, l->from) || g_hash_table_contains (stt->dead, l->to))
            continue;
          ok = insert_link (stt->store, l, error);
          (*n_links)++;
          if (ok)
            {
              /* Kept for the claims, which read neither its evidence nor its
               * rule; the job's array frees what is left. */
              stt->last_link = MAX (stt->last_link, sqlite3_last_insert_rowid (stt->store->db));
              link_keep (l);
              g_ptr_array_add (stt->links, l);
              job->links->pdata[k] = NULL;
            }
        }
      link_job_free (job);
    }
  return ok;
}

/* A batch of whole articles in one write transaction.  Committing once per
 * article made the commit (WAL append, meta updates) a large share of the
 * serial work for small articles; a batch keeps the crash guarantee in
 * another form: a kill leaves the store as before the batch, which holds
 * whole articles only.  A batch ends after BATCH_ARTICLES articles or
 * BATCH_USEC of holding the lock, whichever comes first, so a concurrent
 * ingest never waits long for the lock. */
#define BATCH_ARTICLES 64
#define BATCH_USEC     (100 * 1000)

typedef struct {
  gboolean      open;
  gint64        started;      /* monotonic time the lock was taken */
  gint64        generation;   /* the store's generation when it was taken */
  guint         articles;     /* articles written or deleted in the batch */
  guint         deletions;
  CgIngestStats stats;        /* counted on commit */
} Batch;

static gboolean
batch_begin (State *stt, Batch *b, GError **error)
{
  CgStore *s = stt->store;
  if (!begin_write (s, error))
    return FALSE;
  memset (b, 0, sizeof *b);
  b->open = TRUE;
  b->started = g_get_monotonic_time ();
  if (!get_meta (s, "generation", &b->generation, error)
      || (b->generation != stt->generation && !state_sync (stt, b->generation, error))
      || (stt->drop_speaker_index
          && sqlite3_exec (s->db, "DROP INDEX IF EXISTS " SPEAKER_INDEX, NULL, NULL, NULL) != SQLITE_OK
          && !db_error (s, error, "dropping the speaker index for the run")))
    {
      rollback (s);
      stt->generation = -1;
      b->open = FALSE;
      return FALSE;
    }
  stt->drop_speaker_index = FALSE;
  return TRUE;
}

static void
batch_abort (State *stt, Batch *b)
{
  if (!b->open)
    return;
  guint ignored = 0;
  links_write (stt, TRUE, NULL, &ignored, NULL);
  rollback (stt->store);
  /* The linker and registry may hold what was rolled back. */
  stt->generation = -1;
  b->open = FALSE;
}

/* Commit the batch (if it wrote anything) and add its counts to STATS.
 * The batch's speakers are written before its links are waited for, so
 * that AHEAD (may be NULL) can resolve the next articles meanwhile: the
 * speakers they change are the next batch's. */
static gboolean
batch_commit (State *stt, Batch *b, Ahead *ahead, CgIngestStats *stats, GError **error)
{
  CgStore *s = stt->store;
  if (!b->open)
    return TRUE;
  if ((b->articles && !write_changed_speakers (stt, error))
      || !links_write (stt, TRUE, ahead, &b->stats.links_added, error))
    {
      batch_abort (stt, b);
      return FALSE;
    }
  if (b->articles == 0)
    {
      rollback (s);
      b->open = FALSE;
    }
  else
    {
      if (!set_meta (s, "generation", b->generation + 1, error) || !set_meta (s, "claims_stale", 1, error)
          || (b->deletions && !set_meta (s, "deletions", stt->deletions + b->deletions, error))
          || !commit (s, error))
        {
          batch_abort (stt, b);
          return FALSE;
        }
      b->open = FALSE;
      stt->generation = b->generation + 1;
      stt->deletions += b->deletions;
    }
  stats->articles_added += b->stats.articles_added;
  stats->articles_replaced += b->stats.articles_replaced;
  stats->articles_unchanged += b->stats.articles_unchanged;
  stats->assertions_added += b->stats.assertions_added;
  stats->links_added += b->stats.links_added;
  return TRUE;
}

static gboolean
batch_full (const Batch *b)
{
  return b->open && (b->articles >= BATCH_ARTICLES || g_get_monotonic_time () - b->started >= BATCH_USEC);
}

/* Write one file of the run into the open batch.  On failure the caller
 * aborts the batch. */
static gboolean
write_item (State *stt, Batch *b, Item *it, GError **error)
{
  CgStore *s = stt->store;
  gint64 same = 0, old = 0;
  guint n_assertions = 0;
  if (!lookup_id (s, ST_ARTICLE_BY_SHA, it->sha256, NULL, &same, error)
      || !lookup_id (s, ST_ARTICLE_AT, it->location, it->sha256, &old, error))
    return FALSE;
  /* Links made before the deletion are written before it, as if linking
   * were not running behind. */
  if (old && (!links_write (stt, TRUE, NULL, &b->stats.links_added, error) || !delete_article (stt, old, error)))
    return FALSE;
  /* Resolved ahead against a registry state_sync() has since replaced
   * (another ingest wrote in between): made again from the file. */
  if (it->resolved && it->resolved != stt->syncs + 1)
    item_clear (it);
  if (same == 0)
    {
      if (it->result == NULL)
        {
          /* The snapshot said stored, but another process removed it since. */
          it->result = cg_pipeline_process_file (stt->pipeline, it->path, error);
          if (it->result == NULL)
            return FALSE;
        }
      if (!write_new (stt, it, &n_assertions, error))
        return FALSE;
    }
  if (old == 0 && same != 0)
    {
      b->stats.articles_unchanged++;
      return TRUE;
    }
  b->articles++;
  if (old)
    {
      b->deletions++;
      b->stats.articles_replaced++;
    }
  else
    b->stats.articles_added++;
  b->stats.assertions_added += n_assertions;
  return links_write (stt, FALSE, NULL, &b->stats.links_added, error);
}

/* While a commit waits for its links, the calling thread resolves the
 * speakers of the next files, in order, so that a core does not idle
 * (the link threads finishing the batch's last articles are one) and the
 * next batch begins with only their SQL to do.  Only plain new articles
 * are resolved ahead: one whose bytes or location the store holds, or an
 * earlier one of these holds, stops it, since its writing may delete or
 * skip it (a skipped article must not have changed the registry). */
struct _Ahead {
  State       *stt;
  Work        *w;
  GThreadPool *pool;
  guint        n;        /* files */
  guint        first;    /* the file the run is at */
  guint        next;     /* the first file not looked at yet */
  guint       *pushed;   /* files given to the pool */
  guint        window;
  gboolean     stop;
};

static gboolean
resolve_ahead (Ahead *ah)
{
  if (ah->next < ah->first)
    ah->next = ah->first;
  if (ah->stop || ah->next >= ah->n || ah->next >= ah->first + BATCH_ARTICLES)
    return FALSE;
  Item *it = &ah->w->items[ah->next];
  g_mutex_lock (&ah->w->lock);
  gboolean ready = it->ready;
  g_mutex_unlock (&ah->w->lock);
  if (!ready)
    return FALSE;
  if (!it->known)
    {
      gint64 same = 0, old = 0;
      if (it->error || it->result == NULL || it->resolved
          || !lookup_id (ah->stt->store, ST_ARTICLE_BY_SHA, it->sha256, NULL, &same, NULL)
          || !lookup_id (ah->stt->store, ST_ARTICLE_AT, it->location, it->sha256, &old, NULL) || same || old)
        {
          ah->stop = TRUE;
          return FALSE;
        }
      for (guint k = ah->first; k < ah->next; k++)
        {
          Item *before = &ah->w->items[k];
          if (g_strcmp0 (before->sha256, it->sha256) == 0 || g_strcmp0 (before->location, it->location) == 0)
            {
              ah->stop = TRUE;
              return FALSE;
            }
        }
      item_resolve (ah->stt, it);
      times.ahead++;
    }
  ah->next++;
  for (; *ah->pushed < ah->n && *ah->pushed < ah->next + ah->window; (*ah->pushed)++)
    g_thread_pool_push (ah->pool, GUINT_TO_POINTER (*ah->pushed + 1), NULL);
  return TRUE;
}

/* Append KEY in decimal, after a space unless LIST is empty. */
static void
append_key (GString *list, gint64 key)
{
  char buf[24], *p = buf + sizeof buf;
  guint64 v = (guint64) key;
  do
    *--p = (char) ('0' + v % 10);
  while ((v /= 10) != 0);
  if (list->len)
    g_string_append_c (list, ' ');
  g_string_append_len (list, p, buf + sizeof buf - p);
}

/* Is ID PREFIX and a key's digits as append_key() writes them (no
 * leading zero, short of overflow)? */
static gboolean
plain_key (const char *id, char prefix)
{
  if (id == NULL || id[0] != prefix || id[1] < '1' || id[1] > '9')
    return FALSE;
  guint n = 1;
  while (g_ascii_isdigit (id[n + 1]))
    n++;
  return id[n + 1] == '\0' && n <= 18;
}

/* CLAIM_ORDER for g_ptr_array_sort(): claims by their key. */
static gint
claim_order (gconstpointer pa, gconstpointer pb)
{
  gint64 a = 0, b = 0;
  parse_id ((*(CgClaim *const *) pa)->id, 'c', &a);
  parse_id ((*(CgClaim *const *) pb)->id, 'c', &b);
  return (a > b) - (a < b);
}

/* Per claim of a sparse scoring of CORPUS (IMPLIED, N of them, from
 * cg_score_claims_sparse()), the key of its one assertion when the
 * store leaves the claim implied by a run (see the schema's 4 -> 5),
 * else 0.  A claim without a record whose ids would not read back the
 * same from a run (not as key_string() prints them) gets its record in
 * CORPUS->claims instead.  Read while CORPUS still holds the
 * assertions.  Returns a new array of N keys. */
static gint64 *
implied_keys (CgCorpus *corpus, const guint *implied, guint n)
{
  gint64 *keys = g_new0 (gint64, MAX (n, 1));
  gboolean added = FALSE;
  for (guint c = 0; c < n; c++)
    {
      if (implied[c] == 0)
        continue;
      CgAssertion *a = g_ptr_array_index (corpus->assertions, implied[c] - 1);
      gint64 key;
      if (plain_key (a->id, 'a') && (a->speaker_id == NULL || plain_key (a->speaker_id, 's'))
          && parse_id (a->id, 'a', &key))
        {
          keys[c] = key;
          continue;
        }
      CgClaim *cl = cg_claim_new ();
      cl->id = g_strdup_printf ("c%u", c + 1);
      cl->verdict = CG_VERDICT_SINGLE_SOURCE;
      g_ptr_array_add (cl->assertions, g_strdup (a->id));
      if (a->speaker_id)
        g_ptr_array_add (cl->supporters, g_strdup (a->speaker_id));
      g_ptr_array_add (corpus->claims, cl);
      added = TRUE;
    }
  if (added)
    g_ptr_array_sort (corpus->claims, claim_order);
  return keys;
}

/* The claims of CORPUS to store as rows (ROWS, indices into its claims)
 * and a list buffer per column of a statement's rows, which must live
 * until the statement has run. */
typedef struct {
  CgCorpus *corpus;
  GArray   *rows;     /* guint */
  GString  *lists[MULTI_MAX][3];
} ClaimRows;

static gboolean
bind_claim (CgStore *s, sqlite3_stmt *st, int i, guint row, gpointer data, GError **error)
{
  ClaimRows *rows = data;
  CgClaim *c = g_ptr_array_index (rows->corpus->claims, g_array_index (rows->rows, guint, row));
  GString **lists = rows->lists[row % MULTI_MAX];
  GPtrArray *ids[3] = { c->assertions, c->supporters, c->contradictors };
  gint64 key;
  if (!parse_id (c->id, 'c', &key))
    return bad_id (s, "claim", c->id, error);
  sqlite3_bind_int64 (st, i, key);
  bind_text (st, i + 1, cg_verdict_name (c->verdict));
  for (guint l = 0; l < 3; l++)
    {
      char prefix = l ? 's' : 'a';
      /* Most claims are one assertion of one speaker: a list of one key
       * printed as key_string() prints it is that id's digits. */
      if (ids[l]->len == 0 || (ids[l]->len == 1 && plain_key (g_ptr_array_index (ids[l], 0), prefix)))
        {
          const char *one = ids[l]->len ? (const char *) g_ptr_array_index (ids[l], 0) + 1 : "";
          sqlite3_bind_text (st, i + 2 + (int) l, one, -1, SQLITE_STATIC);
          continue;
        }
      g_string_truncate (lists[l], 0);
      for (guint k = 0; k < ids[l]->len; k++)
        {
          if (!parse_id (g_ptr_array_index (ids[l], k), prefix, &key))
            return bad_id (s, l ? "speaker" : "assertion", g_ptr_array_index (ids[l], k), error);
          append_key (lists[l], key);
        }
      sqlite3_bind_text (st, i + 2 + (int) l, lists[l]->str, (int) lists[l]->len, SQLITE_STATIC);
    }
  return TRUE;
}

/* Runs of implied claims: claim key, first assertion key, count. */
static gboolean
bind_run (CgStore *s, sqlite3_stmt *st, int i, guint row, gpointer data, GError **error)
{
  (void) s, (void) error;
  const gint64 *run = &g_array_index ((GArray *) data, gint64, 3 * row);
  for (int k = 0; k < 3; k++)
    sqlite3_bind_int64 (st, i + k, run[k]);
  return TRUE;
}

/* Replace the stored claims with those of CORPUS, as rows, and the N
 * claims IMPLIED gives a key (implied_keys(): c<k + 1> is assertion
 * IMPLIED[k]) as runs; inside the write transaction. */
static gboolean
write_claims (CgStore *s, CgCorpus *corpus, const gint64 *implied, guint n, GError **error)
{
  ClaimRows rows = { corpus, g_array_sized_new (FALSE, FALSE, sizeof (guint), corpus->claims->len), { { NULL } } };
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok = TRUE;
  for (guint c = 0; c < corpus->claims->len; c++)
    g_array_append_val (rows.rows, c);
  for (guint c = 0; c < n; c++)
    {
      if (implied[c] == 0)
        continue;
      gint64 key = (gint64) c + 1;
      gint64 *last = runs->len ? &g_array_index (runs, gint64, runs->len - 3) : NULL;
      if (last && last[0] + last[2] == key && last[1] + last[2] == implied[c])
        last[2]++;
      else
        {
          gint64 run[3] = { key, implied[c], 1 };
          g_array_append_vals (runs, run, 3);
        }
    }
  for (guint r = 0; r < MULTI_MAX; r++)
    for (guint l = 0; l < 3; l++)
      rows.lists[r][l] = g_string_sized_new (64);
  ok = (sqlite3_exec (s->db, "DELETE FROM claims; DELETE FROM claim_runs", NULL, NULL, NULL) == SQLITE_OK
        || db_error (s, error, "clearing the claims"))
       && insert_rows (s, MT_CLAIM, rows.rows->len, bind_claim, NULL, &rows, "storing a claim", error)
       && insert_rows (s, MT_CLAIM_RUN, runs->len / 3, bind_run, NULL, runs, "storing a claim", error);
  for (guint r = 0; r < MULTI_MAX; r++)
    for (guint l = 0; l < 3; l++)
      g_string_free (rows.lists[r][l], TRUE);
  g_array_unref (rows.rows);
  g_array_unref (runs);
  return ok && set_meta (s, "claims_stale", 0, error);
}

static gpointer
free_state (gpointer data)
{
  busy_change (1);
  state_clear (data);
  busy_change (-1);
  g_free (data);
  return NULL;
}

static void
speaker_name_free (gpointer p)
{
  CgSpeaker *s = p;
  g_free (s->id);
  g_free (s->name);
  if (s->roles)
    g_ptr_array_unref (s->roles);
  g_free (s);
}

/* Copies of the id, name and kind of each of REGISTRY's speakers, and the
 * roles of persons and authors: what scoring needs of them (an office and
 * its holder are one voice, [speaks_for]; without the roles an ingest's
 * verdicts differed from a rescoring of its store).  They have no aliases,
 * to keep the claims' peak of a large run low.  Returns a new array of
 * new speakers. */
static GPtrArray *
speaker_names (CgRegistry *registry)
{
  GPtrArray *all = cg_registry_speakers (registry);
  GPtrArray *out = g_ptr_array_new_full (all->len, speaker_name_free);
  for (guint i = 0; i < all->len; i++)
    {
      CgSpeaker *sp = g_ptr_array_index (all, i), *copy = g_new0 (CgSpeaker, 1);
      copy->id = g_strdup (sp->id);
      copy->name = g_strdup (sp->name);
      copy->kind = sp->kind;
      if ((sp->kind == CG_SPEAKER_PERSON || sp->kind == CG_SPEAKER_AUTHOR) && sp->roles && sp->roles->len > 0)
        {
          copy->roles = g_ptr_array_new_full (sp->roles->len, g_free);
          for (guint k = 0; k < sp->roles->len; k++)
            g_ptr_array_add (copy->roles, g_strdup (g_ptr_array_index (sp->roles, k)));
        }
      g_ptr_array_add (out, copy);
    }
  return out;
}

/* What KNOWN and the kept links say the store holds, as a corpus that
 * owns none of its records (free it with corpus_view_free()): the
 * assertions and links in key order, as load_corpus() would give them,
 * without those deleted since they were loaded or written. */
static CgCorpus *
corpus_view (State *st)
{
  CgCorpus *view = cg_corpus_new ();
  g_ptr_array_set_free_func (view->articles, NULL);
  g_ptr_array_set_free_func (view->assertions, NULL);
  g_ptr_array_set_free_func (view->links, NULL);
  /* the articles too: scoring asks for their outlets */
  for (guint i = 0; i < st->known->articles->len; i++)
    g_ptr_array_add (view->articles, g_ptr_array_index (st->known->articles, i));
  /* and the speakers' names, which scoring reads to tell one voice from
   * two (a poll under two names, an outlet cited by another): the copies
   * made when the registry went, or else the registry's */
  if (st->speaker_names)
    {
      g_ptr_array_unref (view->speakers);
      view->speakers = g_steal_pointer (&st->speaker_names);
    }
  else if (st->registry)
    {
      g_ptr_array_unref (view->speakers);
      view->speakers = speaker_names (st->registry);
    }
  /* (Deletions are rare: without any, skip hashing every id.) */
  gboolean none_dead = g_hash_table_size (st->dead) == 0;
  for (guint i = 0; i < st->known->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (st->known->assertions, i);
      if (none_dead || !g_hash_table_contains (st->dead, a->id))
        g_ptr_array_add (view->assertions, a);
    }
  for (guint i = 0; i < st->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (st->links, i);
      if (none_dead || (!g_hash_table_contains (st->dead, l->from) && !g_hash_table_contains (st->dead, l->to)))
        g_ptr_array_add (view->links, l);
    }
  return view;
}

/* Free KNOWN and the kept links on a thread of their own: on a large run
 * that takes a while, and the claims need them no more. */
static GThread *
state_free_records (State *st)
{
  State *dying = g_new0 (State, 1);
  dying->known = g_steal_pointer (&st->known);
  dying->known_strings = g_steal_pointer (&st->known_strings);
  dying->links = g_steal_pointer (&st->links);
  dying->dead = g_steal_pointer (&st->dead);
  st->generation = -1;
  return g_thread_new ("cg-store-free", free_state, dying);
}

static gpointer
corpus_free_thread (gpointer corpus)
{
  busy_change (1);
  cg_corpus_free (corpus);
  busy_change (-1);
  return NULL;
}

/* Recompute every claim from the stored assertions and links when an
 * article changed since the last time.  When the store holds just what
 * this run's STATE knows (may be NULL), the claims are scored from it;
 * otherwise loading and scoring a large store takes a while, so it is done
 * from a read snapshot, without the write lock that other ingests wait
 * for.  Either way the claims are written only if no article came in
 * meanwhile.  After a few tries against a busy writer it does the whole
 * job under the lock, so that it always ends.  Threads freeing STATE's
 * records and the claims, once they are no longer needed, are added to
 * FREEING (join them).  A store without the speaker index gets it on a
 * thread while the claims are scored from STATE: *INDEXED says it was
 * tried, and *INDEX_ERROR (the caller's to free) why it failed. */
static gboolean
refresh_claims (CgStore *s, CgRules *rules, State *state, GPtrArray *freeing, gboolean *indexed,
                GError **index_error, GError **error)
{
  for (guint attempt = 0;; attempt++)
    {
      gboolean locked = attempt >= 3;
      gint64 stale = 0, seen = 0, now = 0;
      gboolean begun = locked ? begin_write (s, error)
                              : sqlite3_exec (s->db, "BEGIN", NULL, NULL, NULL) == SQLITE_OK
                                || db_error (s, error, "starting to read");
      if (!begun)
        return FALSE;
      if (!get_meta (s, "claims_stale", &stale, error) || !get_meta (s, "generation", &seen, error))
        goto fail;
      if (!stale)
        {
          rollback (s);
          return TRUE;
        }
      gboolean in_memory = state && state->known && state->generation == seen;
      CgCorpus *corpus = in_memory ? corpus_view (state) : load_corpus (s, FALSE, FALSE, error);
      if (corpus == NULL)
        goto fail;
      if (!locked)
        rollback (s);   /* the end of the read snapshot */
      /* A bulk run's speaker index, beside the scoring (see
       * speaker_index_thread()); the first try only, with no lock held. */
      gboolean index_there = TRUE;
      SpeakerIndexJob job = { .path = s->path, .busy_ms = s->busy_ms };
      GThread *indexer = NULL;
      if (!*indexed && in_memory && !locked && speaker_index_there (s, &index_there, NULL) && !index_there)
        indexer = g_thread_new ("cg-store-index", speaker_index_thread, &job);
      phase_mark (PH_JOINED);
      guint n_claims = 0;
      guint *members = cg_score_claims_sparse (corpus, rules, &n_claims);
      phase_mark (PH_SCORED);
      gint64 *implied = implied_keys (corpus, members, n_claims);
      g_free (members);
      if (in_memory)
        {
          /* The claims own copies of the ids: the records can go. */
          g_ptr_array_set_size (corpus->assertions, 0);
          g_ptr_array_set_size (corpus->links, 0);
          g_ptr_array_add (freeing, state_free_records (state));
        }
      if (indexer)
        {
          g_thread_join (indexer);   /* it holds the write lock */
          *indexed = TRUE;
          if (job.error)
            g_propagate_error (index_error, job.error);
        }
      if (!locked && !begin_write (s, error))
        {
          cg_corpus_free (corpus);
          g_free (implied);
          return FALSE;
        }
      if (!get_meta (s, "generation", &now, error) || !get_meta (s, "claims_stale", &stale, error))
        {
          cg_corpus_free (corpus);
          g_free (implied);
          goto fail;
        }
      if (now != seen || !stale)
        {
          /* Articles came in since the snapshot, or another ingest did it. */
          cg_corpus_free (corpus);
          g_free (implied);
          rollback (s);
          if (!stale)
            return TRUE;
          continue;
        }
      gboolean ok = write_claims (s, corpus, implied, n_claims, error);
      g_free (implied);
      /* A claim is four allocations and one per member: freeing a large
       * store's is a while, and nothing waits for it. */
      g_ptr_array_add (freeing, g_thread_new ("cg-store-free", corpus_free_thread, corpus));
      if (ok && commit (s, error))
        return TRUE;
      goto fail;
    }
fail:
  rollback (s);
  return FALSE;
}

/* The stored sha256s and locations, for the workers to skip what is there. */
static gboolean
snapshot (CgStore *s, GHashTable *stored, GHashTable *places, GError **error)
{
  sqlite3_stmt *st = statement (s, ST_LOAD_SHAS, error);
  gboolean row, ok;
  if (st == NULL)
    return FALSE;
  while ((ok = step_row (s, st, &row, error)) && row)
    {
      char *sha = column_string (st, 0), *loc = column_string (st, 1);
      g_hash_table_insert (stored, sha, NULL);
      g_hash_table_insert (places, loc, g_strdup (sha));
    }
  sqlite3_reset (st);
  return ok;
}

gboolean
cg_store_ingest (CgStore *s, CgPipeline *pipeline, char **paths, guint n_threads,
                 CgProgressFunc progress, gpointer progress_data, CgIngestStats *stats_out,
                 GError **error)
{
  return cg_store_ingest_full (s, pipeline, paths, n_threads, FALSE, NULL, progress, progress_data,
                               stats_out, error);
}

gboolean
cg_store_ingest_full (CgStore *s, CgPipeline *pipeline, char **paths, guint n_threads,
                      gboolean keep_going, GPtrArray *errors, CgProgressFunc progress,
                      gpointer progress_data, CgIngestStats *stats_out, GError **error)
{
  g_return_val_if_fail (s != NULL && pipeline != NULL, FALSE);
  if (s->mode != CG_STORE_READ_WRITE)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_USAGE, "%s: the store was opened read-only", s->path);
      return FALSE;
    }
  CgIngestStats stats = { 0 };
  join_freeing (s);
  memset (&times, 0, sizeof times);
  times.on = g_getenv ("CLAIMGRAPH_INGEST_TIMES") != NULL;
  if (times.on)
    {
      times.mark_cpu = thread_cpu_us ();
      times.mark_proc = process_cpu_us ();
      times.busy_mark = times.mark_wall = g_get_monotonic_time ();
      times.cores = (gint) g_get_num_processors ();
      times.busy = 1;  /* this thread */
      timeline_start ();
    }
  guint64 run_bytes = 0;
  GPtrArray *files = cg_reader_list_files (paths, &run_bytes, error);
  if (files == NULL)
    return FALSE;
  /* The ingest writes without the foreign key checks: each checked row
   * looks its parents up, and deleting a speaker's forms through the
   * checks took a temporary table per speaker; the rows are right by
   * construction (an article before its assertions, links between
   * assertions known to be stored, claims scored from what the store
   * holds under the same write lock), and delete_article() does the
   * cascade itself.  The setting is per connection and changes only
   * outside a transaction, which is where the ingest is here. */
  sqlite3_exec (s->db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  if (n_threads == 0)
    n_threads = MAX (1, g_get_num_processors ());

  Work w = { .pipeline = pipeline, .items = g_new0 (Item, MAX (files->len, 1)),
             .stored = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
             .places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free),
             .dirs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free) };
  g_mutex_init (&w.dirs_lock);
  g_mutex_init (&w.lock);
  g_cond_init (&w.cond);
  gboolean ok = snapshot (s, w.stored, w.places, error)
                && (w.preparer = cg_linker_new (cg_pipeline_rules (pipeline), error)) != NULL;
  for (guint i = 0; i < files->len; i++)
    {
      w.items[i].path = g_strdup (g_ptr_array_index (files, i));
    }

  /* Keep a bounded window of files in flight, so that memory does not grow
   * with the run when the workers outpace the writes.  It must hold what
   * the workers do while this thread waits for the links at a commit: at
   * 4 files a worker, a core had no work for 10-13% of the p10 articles
   * phase (CLAIMGRAPH_INGEST_TIMES: 5.4-7.0 core-seconds of 55-77), at 16
   * for 2.5% (1.4-1.8), for 3-5 MB more at the peak. */
  guint window = n_threads * 16, pushed = 0;
  GThreadPool *pool = NULL;
  CgNameSet *names = NULL;
  if (ok && n_threads > 1 && files->len > 1)
    {
      names = cg_name_set_new ();
      w.scanners = g_async_queue_new_full ((GDestroyNotify) cg_registry_free);
      for (guint k = 0; ok && k < n_threads; k++)
        {
          CgRegistry *scanner = cg_registry_new (cg_pipeline_rules (pipeline), error);
          if (scanner)
            {
              cg_registry_consult (scanner, names);
              g_async_queue_push (w.scanners, scanner);
            }
          ok = scanner != NULL;
        }
      if (ok)
        pool = g_thread_pool_new (process_item, &w, (gint) n_threads, TRUE, NULL);
    }

  State stt = { .store = s, .pipeline = pipeline, .generation = -1, .names = names,
                .jobs = g_async_queue_new (), .steps = g_async_queue_new (), .done = g_async_queue_new () };
  /* AllSides news gives one assertion per 195 bytes or so (1,168,858 in
   * 228 MB); more text per assertion only leaves the map emptier. */
  stt.expect = (guint) MIN (run_bytes / 195, (guint64) G_MAXUINT32 / 64);
  /* A run that adds more assertions than the store holds makes the
   * speaker index anew at its end rather than row by row. */
  gboolean index_there = FALSE;
  gint64 stored = 0;
  if (ok)
    ok = speaker_index_there (s, &index_there, error)
         && (!index_there || pragma_int (s, "SELECT coalesce (max (id), 0) FROM assertions", &stored, error));
  stt.drop_speaker_index = index_there && stored < (gint64) stt.expect;
  if (n_threads > 1)
    {
      stt.link_thread = g_thread_new ("cg-link", link_thread, &stt);
      stt.compare_thread = g_thread_new ("cg-compare", compare_thread, &stt);
    }
  Batch batch = { 0 };
  Ahead ahead = { .stt = &stt, .w = &w, .pool = pool, .n = files->len, .pushed = &pushed, .window = window };
  guint64 bytes = 0;
  for (guint i = 0; ok && i < files->len; i++)
    {
      for (; pool && pushed < files->len && pushed < i + window; pushed++)
        g_thread_pool_push (pool, GUINT_TO_POINTER (pushed + 1), NULL);
      Item *it = &w.items[i];
      ahead.first = i;
      ahead.stop = FALSE;
      if (batch_full (&batch) && !(ok = batch_commit (&stt, &batch, pool ? &ahead : NULL, &stats, error)))
        break;
      if (pool)
        {
          g_mutex_lock (&w.lock);
          gboolean ready = it->ready;
          g_mutex_unlock (&w.lock);
          if (!ready)
            {
              /* The link thread is not to wait for the rest of a burst
               * while this one waits for a worker. */
              jobs_send (&stt);
              gint64 t0 = wait_start (TT_MAIN);
              main_state (MS_ITEM);
              g_mutex_lock (&w.lock);
              w.waiting = i + 1;
              while (!it->ready)
                g_cond_wait (&w.cond, &w.lock);
              w.waiting = 0;
              g_mutex_unlock (&w.lock);
              wait_end (TT_MAIN, TW_ITEM, t0);
              main_state (MS_BUSY);
            }
        }
      else
        process_item (GUINT_TO_POINTER (i + 1), &w);
      /* Files before an unreadable one stay stored: end the batch first. */
      if (it->error && !(ok = batch_commit (&stt, &batch, NULL, &stats, error)))
        break;
      if (it->error && keep_going)
        {
          if (errors)
            g_ptr_array_add (errors, g_strdup (it->error->message));
          g_clear_error (&it->error);
          stats.articles_skipped++;
        }
      else if (it->error)
        {
          g_propagate_error (error, it->error);
          it->error = NULL;
          ok = FALSE;
          break;
        }
      else if (it->known)
        stats.articles_unchanged++;
      else
        {
          if (!batch.open)
            ok = batch_begin (&stt, &batch, error);
          if (ok && !(ok = write_item (&stt, &batch, it, error)))
            batch_abort (&stt, &batch);
        }
      item_clear (it);
      bytes += it->bytes;
      if (ok && progress)
        progress (i + 1, files->len, bytes, progress_data);
    }
  phase_mark (PH_ARTICLES);
  if (ok)
    ok = batch_commit (&stt, &batch, NULL, &stats, error);
  batch_abort (&stt, &batch);
  phase_mark (PH_LAST);
  if (pool)
    g_thread_pool_free (pool, TRUE, TRUE);
  /* The scanners and their name set are done with: free them before the
   * claims, the peak of a large run. */
  if (stt.registry)
    cg_registry_publish (stt.registry, NULL);
  stt.names = NULL;
  g_clear_pointer (&w.scanners, g_async_queue_unref);
  g_clear_pointer (&names, cg_name_set_free);
  if (stt.link_thread)
    {
      g_async_queue_push (stt.jobs, &stop_job);
      g_thread_join (stt.link_thread);
      g_thread_join (stt.compare_thread);
      stt.link_thread = stt.compare_thread = NULL;
    }
  g_async_queue_unref (stt.jobs);
  g_async_queue_unref (stt.steps);
  g_async_queue_unref (stt.done);
  /* Freeing the linker's index takes a while on a large run and needs
   * nothing from the store: do it beside the claims, which need the known
   * records (and free them when done). */
  State *dying = g_new0 (State, 1);
  dying->linker = g_steal_pointer (&stt.linker);
  if (stt.registry)
    stt.speaker_names = speaker_names (stt.registry);
  dying->registry = g_steal_pointer (&stt.registry);
  dying->link_articles = g_steal_pointer (&stt.link_articles);
  g_ptr_array_add (s->freeing, g_thread_new ("cg-store-free", free_state, dying));

  /* Claims follow the articles that made it in, even when a later file failed. */
  GError *claims_error = NULL, *index_error = NULL;
  gboolean indexed = FALSE;   /* tried on its thread (refresh_claims()) */
  if (!refresh_claims (s, cg_pipeline_rules (pipeline), &stt, s->freeing, &indexed, &index_error,
                       ok ? error : &claims_error))
    ok = FALSE;
  g_clear_error (&claims_error);
  /* The speaker index too (an older store gets it here); a failed run
   * leaves it to the next one, which reads the same meanwhile. */
  if (ok && index_error)
    {
      g_propagate_error (error, g_steal_pointer (&index_error));
      ok = FALSE;
    }
  g_clear_error (&index_error);
  if (ok && !indexed && !speaker_index_add (s, error))
    ok = FALSE;
  phase_mark (PH_WRITTEN);
  state_clear (&stt);

  for (guint i = 0; i < files->len; i++)
    {
      item_clear (&w.items[i]);
      g_free (w.items[i].path);
      g_free (w.items[i].location);
      g_free (w.items[i].sha256);
      if (w.items[i].error)
        g_error_free (w.items[i].error);
    }
  g_free (w.items);
  cg_linker_free (w.preparer);
  g_hash_table_unref (w.stored);
  g_hash_table_unref (w.places);
  g_hash_table_unref (w.dirs);
  g_mutex_clear (&w.dirs_lock);
  g_mutex_clear (&w.lock);
  g_cond_clear (&w.cond);
  g_ptr_array_unref (files);
  sqlite3_exec (s->db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  if (stats_out)
    *stats_out = stats;
  if (times.on)
    {
      phase_mark (PH_FREED);
      times.cpu_us[TT_MAIN] = thread_cpu_us ();
      times.sys_us[TT_MAIN] = thread_sys_us (&times.faults[TT_MAIN]);
      times_report ();
      timeline_report ();
    }
  return ok;
}
