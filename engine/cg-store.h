/* cg-store.h: the persistent claim store (SQLite).
 *
 * Articles are keyed by the sha256 of their bytes, so ingesting the same
 * file twice changes nothing and an edited file replaces its old version.
 * Whole articles are written in batched transactions (WAL mode), linking and
 * verdicts are brought up to date against everything already stored, and
 * every query command of the CLI reads from here.
 */
#ifndef CG_STORE_H
#define CG_STORE_H

#include "cg-model.h"
#include "cg-pipeline.h"

G_BEGIN_DECLS

typedef struct _CgStore CgStore;

typedef enum {
  CG_STORE_READ_WRITE,
  CG_STORE_READ_ONLY     /* for query commands: never creates or migrates */
} CgStoreMode;

/* Open (creating it in read-write mode when missing) the store at PATH.
 * A store is used by one thread at a time (its ingest has threads of its
 * own, which never touch the database).
 * A newer schema, a file that is not a database, a locked or read-only
 * file give CG_ERROR_STORE and leave the file untouched. */
CgStore *cg_store_open (const char *path, CgStoreMode mode, GError **error);
/* Close STORE; it waits for the threads freeing what its last ingest held. */
void     cg_store_close (CgStore *store);

typedef struct {
  guint articles_added;
  guint articles_replaced;
  guint articles_unchanged;
  guint assertions_added;
  guint links_added;
  guint articles_skipped;   /* unreadable files passed over (keep-going only) */
} CgIngestStats;

/* Ingest PATHS (files or directories).  STATS may be NULL.
 * Each file is written whole (see Transactions below), in the order of the file
 * list: a file whose bytes (sha256) are stored already is unchanged; a file
 * at the same place as a stored article but with new bytes replaces it with
 * its assertions and links.  New assertions are linked
 * against everything stored; claims are recomputed once at the end.  The
 * first unreadable file ends the ingest with its error (files before it
 * stay stored). */
gboolean cg_store_ingest (CgStore *store, CgPipeline *pipeline, char **paths,
                          guint n_threads, CgProgressFunc progress, gpointer progress_data,
                          CgIngestStats *stats, GError **error);

/* Load everything into a new corpus (articles without raw text unless
 * WITH_TEXT).  The store keeps no article bytes: WITH_TEXT reads each
 * article's file again, and gives its raw bytes and analysis text only when
 * the file still holds the bytes that were ingested (same sha256); an
 * article whose file moved or changed since has RAW and TEXT NULL.
 * Returns a new corpus. */
/* (Ids are "d<N>", "a<N>", "s<N>", "c<N>" from the store's integer keys;
 * article and assertion keys are never reused.  Claims are those of the
 * last ingest that finished: see CgStoreStats.claims_stale.) */
CgCorpus *cg_store_load (CgStore *store, gboolean with_text, GError **error);

/* What `show ID` needs of the store, without the rest: the assertion,
 * speaker or claim ID with the assertions, links, articles and speakers it
 * names; for a claim also every article its members' articles were copied
 * from or to (cg_score_article_copies(), with RULES).  The records keep the
 * order of cg_store_load()'s, so `show` prints the same from either.  An
 * ID naming nothing gives an empty corpus.  Returns a new corpus, or NULL
 * with ERROR. */
CgCorpus *cg_store_load_around (CgStore *store, CgRules *rules, const char *id, GError **error);

/* What `links --relation R` prints, without the rest: a new corpus holding
 * only the links with RELATION, in cg_store_load()'s (key) order, or NULL
 * with ERROR. */
CgCorpus *cg_store_load_links (CgStore *store, CgRelation relation, GError **error);

/* Called by cg_store_each_claims() with PART, which belongs to the caller
 * of the callback (freed when it returns); FALSE with ERROR stops. */
typedef gboolean (*CgStorePartFunc) (CgCorpus *part, gpointer data, GError **error);

/* What `claims --verdict V` prints, without the rest: the claims with
 * VERDICT in key order, passed to EACH a few hundred at a time, each part
 * a corpus holding those claims, the stored assertions they name (members
 * that are gone left out, as cg_store_load() leaves them out) and these
 * assertions' articles; no speakers, no links.  A part's records keep the
 * order of cg_store_load()'s, so a claim prints the same from either.
 * Reads in one transaction; FALSE with ERROR (the parts before it were
 * passed already). */
gboolean cg_store_each_claims (CgStore *store, CgVerdict verdict, CgStorePartFunc each, gpointer data,
                               GError **error);

/* ---- additions ------------------------------------------------------------ */

/* The schema version this build writes (PRAGMA user_version). */
#define CG_STORE_SCHEMA_VERSION 5

/* How long a store waits for another process's write lock before it gives
 * up with "locked", in milliseconds; $CLAIMGRAPH_BUSY_TIMEOUT overrides it. */
#define CG_STORE_BUSY_TIMEOUT_MS 15000

/* Counts of what the store holds, by SQL. */
typedef struct {
  guint    articles;
  guint64  bytes;          /* article text stored, in bytes */
  guint    speakers;
  guint    assertions;
  guint    kinds[4];       /* by CgAssertionKind */
  guint    links;
  guint    relations[CG_N_RELATIONS]; /* by CgRelation */
  guint    claims;
  guint    verdicts[4];    /* by CgVerdict */
  gboolean claims_stale;   /* an ingest was interrupted before it brought
                            * the claims up to date; the next ingest does */
} CgStoreStats;

gboolean cg_store_stats (CgStore *store, CgStoreStats *stats, GError **error);

/* cg_store_ingest() with a choice for unreadable files: when KEEP_GOING,
 * a file the reader rejects is skipped and its message added to ERRORS
 * (char*, may be NULL) instead of ending the ingest. */
gboolean cg_store_ingest_full (CgStore *store, CgPipeline *pipeline, char **paths,
                               guint n_threads, gboolean keep_going, GPtrArray *errors,
                               CgProgressFunc progress, gpointer progress_data,
                               CgIngestStats *stats, GError **error);

/* Transactions: cg_store_ingest() writes several whole articles per
 * transaction (up to 64, or 100 ms of holding the write lock), each with
 * its assertions, links and speakers; a crash or kill leaves the store as
 * before the last unfinished batch, never part of an article.  Files before
 * an unreadable one are committed before its error is reported. */

/* The file the store was opened from; belongs to the store. */
const char *cg_store_path (CgStore *store);

G_END_DECLS

#endif
