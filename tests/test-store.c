/* test-store.c: the SQLite claim store: a round trip gives back what the
 * in-memory pipeline computes, ingest is idempotent, an edited file
 * replaces its old version, a kill -9 leaves whole articles only, two
 * ingests at once lose nothing, an older schema migrates, and stores that
 * cannot be used give a clear error and stay untouched. */
#include "cg-test.h"

#include <glib/gstdio.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <unistd.h>
#include <sqlite3.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

static const char *const seeds[] = {
  "000_c3594d0c15096988.txt", "001_0db92d2809385ea2.txt", "002_949dcb43ef4cc554.txt",
  "003_9dc80e7d13244d7d.txt", "004_df20157698547397.txt",
};

static CgPipeline *
pipeline (void)
{
  static CgPipeline *p;
  if (p == NULL)
    {
      GError *error = NULL;
      p = cg_pipeline_new (cg_test_rules (), &error);
      g_assert_no_error (error);
    }
  return p;
}

static char **
seed_paths (void)
{
  char **paths = g_new0 (char *, G_N_ELEMENTS (seeds) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    paths[i] = cg_test_corpus (seeds[i]);
  return paths;
}

static CgCorpus *
load_store (const char *db, gboolean with_text)
{
  GError *error = NULL;
  CgStore *store = cg_store_open (db, CG_STORE_READ_ONLY, &error);
  g_assert_no_error (error);
  CgCorpus *corpus = cg_store_load (store, with_text, &error);
  g_assert_no_error (error);
  cg_store_close (store);
  return corpus;
}

static CgStoreStats
store_stats (const char *db)
{
  GError *error = NULL;
  CgStoreStats st;
  CgStore *store = cg_store_open (db, CG_STORE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (cg_store_stats (store, &st, &error));
  g_assert_no_error (error);
  cg_store_close (store);
  return st;
}

/* Run `claimgraph ingest --db DB PATHS...`, expect exit 0. */
static void
cli_ingest (const char *db, char **paths, char **err_out)
{
  GPtrArray *argv = g_ptr_array_new ();
  g_ptr_array_add (argv, "ingest");
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, (gpointer) db);
  for (guint i = 0; paths[i]; i++)
    g_ptr_array_add (argv, paths[i]);
  g_ptr_array_add (argv, NULL);
  char *out = NULL, *err = NULL;
  int status = cg_test_run_cli ((const char *const *) argv->pdata, &out, &err);
  if (status != 0)
    g_error ("ingest exited %d: %s", status, err);
  g_ptr_array_unref (argv);
  g_free (out);
  if (err_out)
    *err_out = err;
  else
    g_free (err);
}

/* The claims stored in DB are what scoring its assertions and links gives. */
static void
assert_claims_current (const char *db)
{
  CgCorpus *c = load_store (db, FALSE);
  GString *stored = g_string_new (NULL), *scored = g_string_new (NULL);
  for (guint i = 0; i < c->claims->len; i++)
    {
      char *j = cg_claim_to_json (c, g_ptr_array_index (c->claims, i));
      g_string_append_printf (stored, "%s\n", j);
      g_free (j);
    }
  cg_score_claims (c, cg_test_rules ());
  for (guint i = 0; i < c->claims->len; i++)
    {
      char *j = cg_claim_to_json (c, g_ptr_array_index (c->claims, i));
      g_string_append_printf (scored, "%s\n", j);
      g_free (j);
    }
  g_assert_cmpuint (c->claims->len, >, 0);
  g_assert_cmpstr (stored->str, ==, scored->str);
  g_string_free (stored, TRUE);
  g_string_free (scored, TRUE);
  cg_corpus_free (c);
}

static void
assert_same_assertion (const CgAssertion *a, const CgAssertion *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->article_id, ==, b->article_id);
  g_assert_cmpint (a->kind, ==, b->kind);
  g_assert_cmpstr (a->text, ==, b->text);
  g_assert_cmpint (a->span.start, ==, b->span.start);
  g_assert_cmpint (a->span.end, ==, b->span.end);
  g_assert_cmpstr (a->cue_text, ==, b->cue_text);
  g_assert_cmpint (a->cue.start, ==, b->cue.start);
  g_assert_cmpint (a->cue.end, ==, b->cue.end);
  g_assert_cmpstr (a->source_text, ==, b->source_text);
  g_assert_cmpint (a->source.start, ==, b->source.start);
  g_assert_cmpint (a->source.end, ==, b->source.end);
  g_assert_cmpstr (a->speaker_id, ==, b->speaker_id);
  g_assert_cmpint (a->certainty, ==, b->certainty);
  g_assert_cmpint (a->polarity, ==, b->polarity);
  g_assert_cmpint (a->stance, ==, b->stance);
  g_assert_cmpstr (a->rule, ==, b->rule);
  g_assert_cmpuint (a->sentence, ==, b->sentence);
}

static gint
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}
/* What `assertions --format jsonl` and `speakers --format jsonl` print
 * for GOT is, line for line, what they print for WANT. */
static void
assert_same_lines (CgCorpus *got, CgCorpus *want)
{
  g_assert_cmpuint (got->assertions->len, ==, want->assertions->len);
  for (guint i = 0; i < got->assertions->len; i++)
    {
      char *j1 = cg_assertion_to_json (got, g_ptr_array_index (got->assertions, i));
      char *j2 = cg_assertion_to_json (want, g_ptr_array_index (want->assertions, i));
      g_assert_cmpstr (j1, ==, j2);
      g_free (j1);
      g_free (j2);
    }
  g_assert_cmpuint (got->speakers->len, ==, want->speakers->len);
  for (guint i = 0; i < got->speakers->len; i++)
    {
      char *j1 = cg_speaker_to_json (g_ptr_array_index (got->speakers, i));
      char *j2 = cg_speaker_to_json (g_ptr_array_index (want->speakers, i));
      g_assert_cmpstr (j1, ==, j2);
      g_free (j1);
      g_free (j2);
    }
}


/* Links as a sorted list of "from to relation" lines. */
static char *
link_set (CgCorpus *c)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < c->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (c->links, i);
      g_ptr_array_add (lines, g_strdup_printf ("%s %s %s %s", l->from, l->to, cg_relation_name (l->relation),
                                               l->rule ? l->rule : ""));
    }
  g_ptr_array_sort (lines, compare_strings);
  g_ptr_array_add (lines, NULL);
  char *s = g_strjoinv ("\n", (char **) lines->pdata);
  g_ptr_array_unref (lines);
  return s;
}

/* ---- round trip ----------------------------------------------------------------- */

static void
test_round_trip (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **paths = seed_paths ();
  GError *error = NULL;

  CgCorpus *want = cg_pipeline_analyze (pipeline (), paths, 2, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  CgIngestStats stats;
  g_assert_true (cg_store_ingest (store, pipeline (), paths, 2, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (stats.articles_added, ==, G_N_ELEMENTS (seeds));
  g_assert_cmpuint (stats.articles_unchanged, ==, 0);
  g_assert_cmpuint (stats.assertions_added, ==, want->assertions->len);
  g_assert_cmpuint (stats.links_added, ==, want->links->len);
  cg_store_close (store);

  CgCorpus *got = load_store (db, TRUE);
  g_assert_cmpuint (got->articles->len, ==, want->articles->len);
  for (guint i = 0; i < got->articles->len; i++)
    {
      CgArticle *a = g_ptr_array_index (got->articles, i), *b = g_ptr_array_index (want->articles, i);
      g_assert_cmpstr (a->id, ==, b->id);
      g_assert_cmpstr (a->path, ==, b->path);
      g_assert_cmpstr (a->sha256, ==, b->sha256);
      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpstr (a->author, ==, b->author);
      g_assert_cmpstr (a->outlet, ==, b->outlet);
      g_assert_cmpstr (a->date, ==, b->date);
      g_assert_cmpuint (a->len, ==, b->len);
      /* The raw bytes are the file's, and the analysis text comes back exactly. */
      char *bytes;
      gsize len;
      g_assert_true (g_file_get_contents (b->path, &bytes, &len, NULL));
      g_assert_cmpmem (a->raw, a->len, bytes, len);
      g_assert_cmpmem (a->text, a->len, b->text, b->len);
      g_assert_cmpuint (a->boilerplate->len, ==, b->boilerplate->len);
      g_free (bytes);
    }
  g_assert_cmpuint (got->assertions->len, ==, want->assertions->len);
  for (guint i = 0; i < got->assertions->len; i++)
    assert_same_assertion (g_ptr_array_index (got->assertions, i), g_ptr_array_index (want->assertions, i));
  assert_same_lines (got, want);
  char *l1 = link_set (got), *l2 = link_set (want);
  g_assert_cmpstr (l1, ==, l2);
  g_free (l1);
  g_free (l2);
  for (guint i = 0; i < got->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (got->links, i);
      g_assert_nonnull (cg_corpus_assertion (got, l->from));
      g_assert_nonnull (cg_corpus_assertion (got, l->to));
      g_assert_nonnull (l->rule);
    }
  g_assert_cmpuint (got->claims->len, ==, want->claims->len);
  for (guint i = 0; i < got->claims->len; i++)
    {
      char *j1 = cg_claim_to_json (got, g_ptr_array_index (got->claims, i));
      char *j2 = cg_claim_to_json (want, g_ptr_array_index (want->claims, i));
      g_assert_cmpstr (j1, ==, j2);
      g_free (j1);
      g_free (j2);
    }

  /* Without text, the metadata alone. */
  CgCorpus *meta = load_store (db, FALSE);
  g_assert_cmpuint (meta->articles->len, ==, G_N_ELEMENTS (seeds));
  CgArticle *first = g_ptr_array_index (meta->articles, 0);
  g_assert_null (first->raw);
  g_assert_cmpuint (first->len, ==, ((CgArticle *) g_ptr_array_index (want->articles, 0))->len);
  cg_corpus_free (meta);

  cg_corpus_free (got);
  cg_corpus_free (want);
  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* ---- idempotence and stats -------------------------------------------------------- */

static char *
cli_output (const char *cmd, const char *db)
{
  const char *argv[] = { cmd, "--db", db, "--format", "jsonl", NULL };
  if (strcmp (cmd, "stats") == 0)
    argv[3] = NULL;
  char *out = NULL, *err = NULL;
  int status = cg_test_run_cli (argv, &out, &err);
  if (status != 0)
    g_error ("%s exited %d: %s", cmd, status, err);
  g_free (err);
  return out;
}

static void
test_idempotent (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **paths = seed_paths ();
  char *err = NULL;
  cli_ingest (db, paths, &err);
  g_assert_nonnull (strstr (err, "5 articles added, 0 replaced, 0 unchanged"));
  g_free (err);
  static const char *const cmds[] = { "assertions", "speakers", "links", "claims", "stats" };
  char *before[G_N_ELEMENTS (cmds)];
  for (guint i = 0; i < G_N_ELEMENTS (cmds); i++)
    before[i] = cli_output (cmds[i], db);

  /* Again, and once more through the directory: nothing changes. */
  cli_ingest (db, paths, &err);
  g_assert_nonnull (strstr (err, "0 articles added, 0 replaced, 5 unchanged; 0 assertions, 0 links"));
  g_free (err);
  char *corpus_dir = g_path_get_dirname (paths[0]);
  char *dirs[] = { corpus_dir, NULL };
  cli_ingest (db, dirs, &err);
  g_assert_nonnull (strstr (err, "0 articles added, 0 replaced, 5 unchanged"));
  g_free (err);
  for (guint i = 0; i < G_N_ELEMENTS (cmds); i++)
    {
      char *after = cli_output (cmds[i], db);
      g_assert_cmpstr (after, ==, before[i]);
      g_free (after);
      g_free (before[i]);
    }
  g_free (corpus_dir);
  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

static guint
count_after (const char *text, const char *label)
{
  const char *p = strstr (text, label);
  g_assert_nonnull (p);
  return (guint) g_ascii_strtoull (p + strlen (label), NULL, 10);
}

/* A change over time found at ingest: the newer article stored first, the
 * older later; the changes link still runs from the older assertion, is
 * stored and loaded as such, counted by stats and listed by
 * `links --relation changes`. */
static void
test_changes (void)
{
  static const char *const texts[] = {
    "Twenty years on, the bill for Afghanistan\n\nPublished June 10, 2025\n\n"
    "The Pentagon said Tuesday that the U.S. has spent $2.26 trillion on the war in Afghanistan, which began in 2001.\n",
    "Pentagon tallies the cost of the Afghan war\n\nPublished March 1, 2017\n\n"
    "The Pentagon said Tuesday that the U.S. has spent $714 billion on the war in Afghanistan since 2001.\n",
  };
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      char *path = g_strdup_printf ("%s/%u.txt", dir, i);
      g_assert_true (g_file_set_contents (path, texts[i], -1, NULL));
      char *paths[] = { path, NULL };
      cli_ingest (db, paths, NULL);
      g_free (path);
    }
  CgCorpus *c = load_store (db, FALSE);
  CgLink *k = NULL;
  for (guint i = 0; i < c->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (c->links, i);
      g_assert_cmpint (l->relation, !=, CG_RELATION_CONTRADICTS);
      if (l->relation == CG_RELATION_CHANGES)
        k = l;
    }
  g_assert_nonnull (k);
  g_assert_cmpstr (k->rule, ==, "changes.numeric");
  CgAssertion *from = cg_corpus_assertion (c, k->from);
  g_assert_nonnull (strstr (from->text, "$714 billion"));
  g_assert_nonnull (strstr (k->evidence, "2017-03-01"));
  /* neither claim is contested for it */
  for (guint i = 0; i < c->claims->len; i++)
    g_assert_cmpuint (((CgClaim *) g_ptr_array_index (c->claims, i))->contradictors->len, ==, 0);
  CgStoreStats st = store_stats (db);
  g_assert_cmpuint (st.relations[CG_RELATION_CHANGES], ==, 1);
  const char *argv[] = { "links", "--db", db, "--relation", "changes", NULL };
  char *out = NULL, *err = NULL;
  g_assert_cmpint (cg_test_run_cli (argv, &out, &err), ==, 0);
  char *row = g_strdup_printf ("%-6s %-12s %-6s", k->from, "changes", k->to);
  g_assert_nonnull (strstr (out, row));
  g_free (row);
  g_free (out);
  g_free (err);
  char *stats = cli_output ("stats", db);
  g_assert_cmpuint (count_after (stats, "changes "), ==, 1);
  g_free (stats);
  cg_corpus_free (c);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

static void
test_stats (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **paths = seed_paths ();
  cli_ingest (db, paths, NULL);
  CgCorpus *c = load_store (db, FALSE);
  CgStoreStats st = store_stats (db);
  guint kinds[4] = { 0 }, rels[CG_N_RELATIONS] = { 0 }, verdicts[4] = { 0 };
  for (guint i = 0; i < c->assertions->len; i++)
    kinds[((CgAssertion *) g_ptr_array_index (c->assertions, i))->kind]++;
  for (guint i = 0; i < c->links->len; i++)
    rels[((CgLink *) g_ptr_array_index (c->links, i))->relation]++;
  for (guint i = 0; i < c->claims->len; i++)
    verdicts[((CgClaim *) g_ptr_array_index (c->claims, i))->verdict]++;
  g_assert_cmpuint (st.articles, ==, 5);
  guint64 bytes = 0;
  for (guint i = 0; i < c->articles->len; i++)
    bytes += ((CgArticle *) g_ptr_array_index (c->articles, i))->len;
  g_assert_cmpuint (st.bytes, ==, bytes);
  g_assert_cmpuint (st.speakers, ==, c->speakers->len);
  g_assert_cmpuint (st.assertions, ==, c->assertions->len);
  g_assert_cmpuint (st.links, ==, c->links->len);
  g_assert_cmpuint (st.claims, ==, c->claims->len);
  g_assert_false (st.claims_stale);
  for (guint k = 0; k < 4; k++)
    {
      g_assert_cmpuint (st.kinds[k], ==, kinds[k]);
      g_assert_cmpuint (st.verdicts[k], ==, verdicts[k]);
    }
  for (guint k = 0; k < CG_N_RELATIONS; k++)
    g_assert_cmpuint (st.relations[k], ==, rels[k]);

  /* The command prints the same counts. */
  char *out = cli_output ("stats", db);
  g_assert_cmpuint (count_after (out, "articles     "), ==, 5);
  g_assert_cmpuint (count_after (out, "speakers     "), ==, c->speakers->len);
  g_assert_cmpuint (count_after (out, "assertions   "), ==, c->assertions->len);
  g_assert_cmpuint (count_after (out, "direct "), ==, kinds[CG_KIND_DIRECT]);
  g_assert_cmpuint (count_after (out, "author "), ==, kinds[CG_KIND_AUTHOR]);
  g_assert_cmpuint (count_after (out, "links        "), ==, c->links->len);
  g_assert_cmpuint (count_after (out, "contradicts "), ==, rels[CG_RELATION_CONTRADICTS]);
  g_assert_cmpuint (count_after (out, "claims       "), ==, c->claims->len);
  g_assert_cmpuint (count_after (out, "single-source "), ==, verdicts[CG_VERDICT_SINGLE_SOURCE]);
  g_assert_null (strstr (out, "interrupted"));
  g_free (out);
  cg_corpus_free (c);
  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* ---- replacement ---------------------------------------------------------------- */

static char *
read_seed (guint i, gsize *len)
{
  char *path = cg_test_corpus (seeds[i]);
  char *text;
  g_assert_true (g_file_get_contents (path, &text, len, NULL));
  g_free (path);
  return text;
}

static CgArticle *
article_at (CgCorpus *c, const char *path)
{
  for (guint i = 0; i < c->articles->len; i++)
    if (g_strcmp0 (((CgArticle *) g_ptr_array_index (c->articles, i))->path, path) == 0)
      return g_ptr_array_index (c->articles, i);
  g_error ("no article %s in the store", path);
  return NULL;
}

static void
test_replace (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char *file = g_build_filename (dir, "story.txt", NULL);
  char *other = cg_test_corpus (seeds[4]);
  gsize len;
  char *text = read_seed (3, &len);
  g_assert_true (g_file_set_contents (file, text, (gssize) len, NULL));
  char *both[] = { file, other, NULL };
  cli_ingest (db, both, NULL);
  CgCorpus *before = load_store (db, FALSE);
  g_assert_cmpuint (before->articles->len, ==, 2);
  /* The reader lists files in name order: find ours by path. */
  CgArticle *old = article_at (before, file);

  /* The file is edited: the first half of seed 2 is appended. */
  gsize len2;
  char *more = read_seed (2, &len2);
  GString *edited = g_string_new_len (text, (gssize) len);
  g_string_append (edited, "\n\n");
  g_string_append_len (edited, more, (gssize) (len2 / 2));
  g_assert_true (g_file_set_contents (file, edited->str, (gssize) edited->len, NULL));
  char *err = NULL;
  char *one[] = { file, NULL };
  cli_ingest (db, one, &err);
  g_assert_nonnull (strstr (err, "0 articles added, 1 replaced, 0 unchanged"));
  g_free (err);

  CgCorpus *after = load_store (db, FALSE);
  g_assert_cmpuint (after->articles->len, ==, 2);
  CgArticle *kept = article_at (after, other);
  CgArticle *fresh = article_at (after, file);
  g_assert_cmpstr (kept->id, ==, article_at (before, other)->id);
  g_assert_cmpstr (fresh->id, !=, old->id);
  g_assert_true (fresh == g_ptr_array_index (after->articles, 1));
  char *sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) edited->str, edited->len);
  g_assert_cmpstr (fresh->sha256, ==, sha);
  g_free (sha);

  /* The new version's assertions are exactly what the pipeline finds in it,
   * none of the old version's remain, and no link or claim points at them. */
  CgArticleResult *r = cg_test_process (file);
  guint n_fresh = 0, n_old = 0;
  for (guint i = 0; i < after->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (after->assertions, i);
      if (g_strcmp0 (a->article_id, old->id) == 0)
        n_old++;
      if (g_strcmp0 (a->article_id, fresh->id) != 0)
        continue;
      CgAssertion *b = g_ptr_array_index (r->assertions, n_fresh);
      g_assert_cmpstr (a->text, ==, b->text);
      g_assert_cmpint (a->span.start, ==, b->span.start);
      g_assert_cmpint (a->span.end, ==, b->span.end);
      n_fresh++;
    }
  g_assert_cmpuint (n_old, ==, 0);
  g_assert_cmpuint (n_fresh, ==, r->assertions->len);
  for (guint i = 0; i < after->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (after->links, i);
      g_assert_nonnull (cg_corpus_assertion (after, l->from));
      g_assert_nonnull (cg_corpus_assertion (after, l->to));
    }
  guint members = 0;
  for (guint i = 0; i < after->claims->len; i++)
    {
      CgClaim *c = g_ptr_array_index (after->claims, i);
      for (guint k = 0; k < c->assertions->len; k++, members++)
        g_assert_nonnull (cg_corpus_assertion (after, g_ptr_array_index (c->assertions, k)));
    }
  /* Every assertion is in exactly one claim once claims exist. */
  if (after->claims->len > 0)
    g_assert_cmpuint (members, ==, after->assertions->len);

  /* The claims the ingest scored (from its own records) are those the
   * stored assertions and links give. */
  assert_claims_current (db);

  /* The store equals a fresh ingest of the two files as they are now. */
  char *db2 = g_build_filename (dir, "fresh.db", NULL);
  char *again[] = { other, file, NULL };
  cli_ingest (db2, again, NULL);
  CgStoreStats s1 = store_stats (db), s2 = store_stats (db2);
  g_assert_cmpuint (s1.articles, ==, s2.articles);
  g_assert_cmpuint (s1.assertions, ==, s2.assertions);
  g_assert_cmpuint (s1.links, ==, s2.links);
  g_assert_cmpuint (s1.claims, ==, s2.claims);

  cg_article_result_free (r);
  cg_corpus_free (before);
  cg_corpus_free (after);
  g_string_free (edited, TRUE);
  g_free (more);
  g_free (text);
  g_free (db2);
  g_free (other);
  g_free (file);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* ---- many articles, processes ------------------------------------------------------ */

/* N variants of the seed articles in DIR (the seed text plus a closing
 * line that makes each file's bytes its own).  Returns their paths. */
static char **
make_variants (const char *dir, guint first, guint n)
{
  char **paths = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      guint k = first + i;
      gsize len;
      char *text = read_seed (k % G_N_ELEMENTS (seeds), &len);
      char *name = g_strdup_printf ("variant-%04u.txt", k);
      paths[i] = g_build_filename (dir, name, NULL);
      char *body = g_strdup_printf ("%s\n\nThis copy, number %u, was made for the store test.\n", text, k);
      g_assert_true (g_file_set_contents (paths[i], body, -1, NULL));
      g_free (body);
      g_free (name);
      g_free (text);
    }
  return paths;
}

static GPid
spawn_ingest (const char *db, char **paths, const char *threads)
{
  GPtrArray *argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (gpointer) g_getenv ("CG_CLAIMGRAPH"));
  g_ptr_array_add (argv, "ingest");
  g_ptr_array_add (argv, "-q");
  g_ptr_array_add (argv, "-j");
  g_ptr_array_add (argv, (gpointer) threads);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, (gpointer) db);
  for (guint i = 0; paths[i]; i++)
    g_ptr_array_add (argv, paths[i]);
  g_ptr_array_add (argv, NULL);
  GPid pid;
  GError *error = NULL;
  g_spawn_async (NULL, (char **) argv->pdata, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  g_ptr_array_unref (argv);
  return pid;
}

static int
wait_for (GPid pid)
{
  int status;
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return status;
}

/* Articles stored so far, read by a connection of our own; -1 while the
 * store does not exist or has no schema yet. */
static gint64
sql_count (const char *db, const char *sql)
{
  sqlite3 *conn;
  gint64 n = -1;
  if (sqlite3_open_v2 (db, &conn, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
    {
      sqlite3_busy_timeout (conn, 2000);
      sqlite3_stmt *st;
      if (sqlite3_prepare_v2 (conn, sql, -1, &st, NULL) == SQLITE_OK)
        {
          if (sqlite3_step (st) == SQLITE_ROW)
            n = sqlite3_column_int64 (st, 0);
          sqlite3_finalize (st);
        }
    }
  sqlite3_close (conn);
  return n;
}

static char *
sql_text (const char *db, const char *sql)
{
  sqlite3 *conn;
  char *out = NULL;
  g_assert_cmpint (sqlite3_open_v2 (db, &conn, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_stmt *st;
  g_assert_cmpint (sqlite3_prepare_v2 (conn, sql, -1, &st, NULL), ==, SQLITE_OK);
  if (sqlite3_step (st) == SQLITE_ROW)
    out = g_strdup ((const char *) sqlite3_column_text (st, 0));
  sqlite3_finalize (st);
  sqlite3_close (conn);
  return out;
}

/* Every article of DB holds exactly the assertions the pipeline finds in
 * its file, and every file of PATHS is there once.  Returns the count. */
static guint
check_whole_articles (const char *db)
{
  CgCorpus *c = load_store (db, FALSE);
  GHashTable *per_article = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < c->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      g_ptr_array_add (g_hash_table_lookup (per_article, a->article_id)
                       ? g_hash_table_lookup (per_article, a->article_id)
                       : (g_hash_table_insert (per_article, a->article_id, g_ptr_array_new ()),
                          g_hash_table_lookup (per_article, a->article_id)), a);
    }
  GHashTable *shas = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < c->articles->len; i++)
    {
      CgArticle *art = g_ptr_array_index (c->articles, i);
      g_assert_false (g_hash_table_contains (shas, art->sha256));
      g_hash_table_add (shas, art->sha256);
      CgArticleResult *r = cg_test_process (art->path);
      g_assert_cmpstr (r->article->sha256, ==, art->sha256);
      GPtrArray *mine = g_hash_table_lookup (per_article, art->id);
      g_assert_cmpuint (mine ? mine->len : 0, ==, r->assertions->len);
      for (guint k = 0; mine && k < mine->len; k++)
        {
          CgAssertion *a = g_ptr_array_index (mine, k), *b = g_ptr_array_index (r->assertions, k);
          if (g_strcmp0 (a->text, b->text) != 0 || a->span.start != b->span.start)
            g_error ("%s (%s), assertion %u of %u: stored \"%s\" at %" G_GINT64_FORMAT
                     ", the pipeline finds \"%s\" at %" G_GINT64_FORMAT, art->path, art->id, k, mine->len,
                     a->text, a->span.start, b->text, b->span.start);
        }
      cg_article_result_free (r);
    }
  /* Speaker ids are unique and every speaker an assertion names is stored. */
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < c->speakers->len; i++)
    {
      CgSpeaker *s = g_ptr_array_index (c->speakers, i);
      g_assert_false (g_hash_table_contains (ids, s->id));
      g_hash_table_add (ids, s->id);
    }
  for (guint i = 0; i < c->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      if (a->speaker_id)
        g_assert_true (g_hash_table_contains (ids, a->speaker_id));
    }
  guint n = c->articles->len;
  GHashTableIter it;
  gpointer v;
  g_hash_table_iter_init (&it, per_article);
  while (g_hash_table_iter_next (&it, NULL, &v))
    g_ptr_array_unref (v);
  g_hash_table_unref (per_article);
  g_hash_table_unref (shas);
  g_hash_table_unref (ids);
  cg_corpus_free (c);
  return n;
}

/* Killed mid-run with THREADS threads (with two or more, the link
 * threads run behind the writes and the next files are resolved while a
 * commit waits for them): whole articles with all their links. */
static void
test_kill (gconstpointer threads)
{
  const guint n = 150;
  char *dir = cg_test_tmpdir ();
  char *src = g_build_filename (dir, "articles", NULL);
  g_assert_cmpint (g_mkdir (src, 0755), ==, 0);
  char **paths = make_variants (src, 0, n);
  char *db = g_build_filename (dir, "store.db", NULL);
  char *dirs[] = { src, NULL };

  GPid pid = spawn_ingest (db, dirs, threads);
  gint64 seen = -1;
  for (guint tries = 0; tries < 60000 && seen < 5; tries++)
    {
      seen = sql_count (db, "SELECT count(*) FROM articles");
      if (seen < 5)
        g_usleep (500);
    }
  kill (pid, SIGKILL);
  int status = wait_for (pid);
  if (!WIFSIGNALED (status))
    g_test_incomplete ("the ingest finished before it could be killed");

  char *ok = sql_text (db, "PRAGMA integrity_check");
  g_assert_cmpstr (ok, ==, "ok");
  g_free (ok);
  gint64 stored = sql_count (db, "SELECT count(*) FROM articles");
  g_assert_cmpint (stored, >=, 5);
  if (WIFSIGNALED (status))
    g_assert_cmpint (stored, <, n);
  g_assert_cmpuint (check_whole_articles (db), ==, (guint) stored);
  if (WIFSIGNALED (status))
    {
      /* Killed before the claims were brought up to date: the store says so. */
      g_assert_true (store_stats (db).claims_stale);
      char *out = cli_output ("stats", db);
      g_assert_nonnull (strstr (out, "an ingest was interrupted"));
      g_free (out);
    }

  /* A fresh ingest of the same stored files gives the same store. */
  CgCorpus *c = load_store (db, FALSE);
  char **stored_paths = g_new0 (char *, c->articles->len + 1);
  for (guint i = 0; i < c->articles->len; i++)
    stored_paths[i] = g_strdup (((CgArticle *) g_ptr_array_index (c->articles, i))->path);
  char *db2 = g_build_filename (dir, "fresh.db", NULL);
  cli_ingest (db2, stored_paths, NULL);
  CgCorpus *c2 = load_store (db2, FALSE);
  g_assert_cmpuint (c2->articles->len, ==, c->articles->len);
  g_assert_cmpuint (c2->assertions->len, ==, c->assertions->len);
  for (guint i = 0; i < c->assertions->len; i++)
    assert_same_assertion (g_ptr_array_index (c->assertions, i), g_ptr_array_index (c2->assertions, i));
  char *l1 = link_set (c), *l2 = link_set (c2);
  g_assert_cmpstr (l1, ==, l2);
  g_free (l1);
  g_free (l2);
  cg_corpus_free (c2);
  cg_corpus_free (c);

  /* Ingesting again completes the job and brings the claims up to date. */
  cli_ingest (db, dirs, NULL);
  g_assert_cmpuint (check_whole_articles (db), ==, n);
  CgStoreStats st = store_stats (db);
  g_assert_false (st.claims_stale);
  g_assert_cmpuint (st.articles, ==, n);

  g_strfreev (stored_paths);
  g_strfreev (paths);
  g_free (db2);
  g_free (db);
  g_free (src);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* Stores A and B hold the same links, in the same order, the same
 * assertions and the same speakers (ids, names, kinds and aliases). */
static void
assert_same_store (CgCorpus *a, CgCorpus *b)
{
  g_assert_cmpuint (a->links->len, >, 0);
  g_assert_cmpuint (a->links->len, ==, b->links->len);
  for (guint i = 0; i < a->links->len; i++)
    {
      CgLink *x = g_ptr_array_index (a->links, i), *y = g_ptr_array_index (b->links, i);
      g_assert_cmpstr (x->from, ==, y->from);
      g_assert_cmpstr (x->to, ==, y->to);
      g_assert_cmpint (x->relation, ==, y->relation);
      g_assert_cmpstr (x->evidence, ==, y->evidence);
    }
  g_assert_cmpuint (a->assertions->len, ==, b->assertions->len);
  for (guint i = 0; i < a->assertions->len; i++)
    assert_same_assertion (g_ptr_array_index (a->assertions, i), g_ptr_array_index (b->assertions, i));
  g_assert_cmpuint (a->speakers->len, ==, b->speakers->len);
  for (guint i = 0; i < a->speakers->len; i++)
    {
      CgSpeaker *x = g_ptr_array_index (a->speakers, i), *y = g_ptr_array_index (b->speakers, i);
      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->name, ==, y->name);
      g_assert_cmpint (x->kind, ==, y->kind);
      g_assert_cmpuint (x->aliases->len, ==, y->aliases->len);
      for (guint k = 0; k < x->aliases->len; k++)
        g_assert_cmpstr (g_ptr_array_index (x->aliases, k), ==, g_ptr_array_index (y->aliases, k));
    }
}

/* Linking on its own thread (two or more threads) gives the store that
 * linking inline gives (one thread): the same links, in the same order,
 * and the same speakers, also when an edited file replaces its old
 * version in the middle of a batch. */
static void
test_link_thread (void)
{
  char *dir = cg_test_tmpdir ();
  char **paths = make_variants (dir, 0, 20);
  CgCorpus *got[2];
  guint links_added[2];
  for (guint t = 0; t < 2; t++)
    {
      char *name = g_strdup_printf ("store-%u.db", t + 1);
      char *db = g_build_filename (dir, name, NULL);
      GError *error = NULL;
      /* Each run starts from the same files. */
      char **first = make_variants (dir, 0, 20);
      g_strfreev (first);
      CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
      g_assert_no_error (error);
      char *half[] = { paths[0], paths[1], paths[2], paths[3], paths[4], paths[5], NULL };
      CgIngestStats stats;
      g_assert_true (cg_store_ingest (store, pipeline (), half, t + 1, NULL, NULL, &stats, &error));
      g_assert_no_error (error);
      links_added[t] = stats.links_added;
      /* Edit one stored file: the second run replaces it among new ones. */
      char *text;
      g_assert_true (g_file_get_contents (paths[3], &text, NULL, NULL));
      char *edited = g_strconcat (text, "\nA line added later.\n", NULL);
      g_assert_true (g_file_set_contents (paths[3], edited, -1, NULL));
      g_assert_true (cg_store_ingest (store, pipeline (), paths, t + 1, NULL, NULL, &stats, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (stats.articles_replaced, ==, 1);
      g_assert_cmpuint (stats.articles_added, ==, 14);
      links_added[t] += stats.links_added;
      cg_store_close (store);
      got[t] = load_store (db, FALSE);
      g_free (text);
      g_free (edited);
      g_free (db);
      g_free (name);
    }
  g_assert_cmpuint (links_added[0], ==, links_added[1]);
  assert_same_store (got[0], got[1]);
  cg_corpus_free (got[0]);
  cg_corpus_free (got[1]);
  g_strfreev (paths);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* The "ingest times" and "ingest timeline" lines of a run with
 * $CLAIMGRAPH_INGEST_TIMES, on stderr.  Returns a new string. */
static char *
timed_ingest (const char *db, char **paths, guint threads)
{
  char *log = g_strconcat (db, ".times", NULL);
  GError *error = NULL;
  fflush (stderr);
  int saved = dup (2), fd = g_open (log, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  dup2 (fd, 2);
  g_setenv ("CLAIMGRAPH_INGEST_TIMES", "1", TRUE);
  CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  gboolean ok = cg_store_ingest (store, pipeline (), paths, threads, NULL, NULL, NULL, &error);
  cg_store_close (store);
  g_unsetenv ("CLAIMGRAPH_INGEST_TIMES");
  fflush (stderr);
  dup2 (saved, 2);
  close (saved);
  close (fd);
  g_assert_no_error (error);
  g_assert_true (ok);
  char *text;
  g_assert_true (g_file_get_contents (log, &text, NULL, NULL));
  g_unlink (log);
  g_free (log);
  return text;
}

/* $CLAIMGRAPH_INGEST_TIMES's timeline splits the run in ten contiguous
 * tenths, and its counters' growth adds up to the totals the "ingest
 * times" lines give: the pool's and link threads' CPU and every wait
 * (the last tenth ends with the run, after the threads ended). */
static void
test_ingest_timeline (void)
{
  char *dir = cg_test_tmpdir ();
  char **paths = make_variants (dir, 0, 40);
  char *db = g_build_filename (dir, "timed.db", NULL);
  char *text = timed_ingest (db, paths, 2);
  double total[7] = { 0 }, sum[7] = { 0 }, last_to = 0, jobs = 0;
  guint tenths = 0;
  gboolean phases = FALSE;
  char **lines = g_strsplit (text, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      double cpu, items, links, w;
      char name[32];
      guint k;
      double from, to, all, main_cpu, pool, link, compare, rest, mi, ml, lj, cj, idle;
      if (sscanf (*l, "ingest times: %31s cpu %lf s (system %*f, %*d page faults), waiting for items %lf, links %lf, jobs %lf",
                  name, &cpu, &items, &links, &w) == 5)
        {
          if (strcmp (name, "main") == 0)
            total[4] = items, total[5] = links;
          else if (strcmp (name, "pool") == 0)
            total[0] = cpu;
          else if (strcmp (name, "cg-link") == 0)
            total[1] = cpu, total[6] = w;
          else if (strcmp (name, "cg-compare") == 0)
            total[2] = cpu, jobs = w;
        }
      else if (sscanf (*l, "ingest timeline: %u %lf-%lf | %lf %lf %lf %lf %lf %lf | %lf %lf, %lf, %lf | %lf |", &k, &from,
                       &to, &all, &main_cpu, &pool, &link, &compare, &rest, &mi, &ml, &lj, &cj, &idle) == 14)
        {
          g_assert_cmpuint (k, ==, tenths + 1);
          g_assert_cmpfloat (fabs (from - last_to), <, 1e-9);
          g_assert_cmpfloat (to, >=, from);
          last_to = to;
          tenths++;
          /* a thread works at most the tenth's wall time (to the hundredth).
           * Not so its waits: a wait is counted when it ends, so one that
           * began in an earlier tenth lands whole in the tenth it ends in
           * (0.08 s of cg-link's in a 0.071 s tenth under ASan); the sums
           * below still check that no wait is lost or counted twice. */
          double span = to - from + 0.011;
          g_assert_cmpfloat (main_cpu, <=, span);
          g_assert_cmpfloat (link, <=, span);
          g_assert_cmpfloat (compare, <=, span);
          sum[0] += pool, sum[1] += link, sum[2] += compare, sum[3] += cj;
          sum[4] += mi, sum[5] += ml, sum[6] += lj;
        }
      else if (g_str_has_prefix (*l, "ingest timeline: the main phases end at articles"))
        phases = TRUE;
    }
  total[3] = jobs;
  g_assert_cmpuint (tenths, ==, 10);
  g_assert_true (phases);
  g_assert_cmpfloat (total[0], >, 0);
  g_assert_cmpfloat (total[1], >, 0);
  /* each figure printed to the millisecond or the hundredth */
  for (guint c = 0; c < 7; c++)
    g_assert_cmpfloat (fabs (sum[c] - total[c]), <=, 0.051 + 0.0005);
  g_strfreev (lines);
  g_free (text);
  g_free (db);
  g_strfreev (paths);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* While a commit waits for its links, the next articles' speakers are
 * resolved ahead (two or more threads): over several batches of
 * articles, with an edited file, a copy of a stored one and copies of
 * new ones among them (which stop it: a copy is not written, so its
 * speakers must not be resolved), the store is the one a single thread
 * makes. */
static void
test_resolve_ahead (void)
{
  const guint n = 200;
  char *dir = cg_test_tmpdir ();
  CgCorpus *got[2];
  for (guint t = 0; t < 2; t++)
    {
      char *sub = g_strdup_printf ("run-%u", t + 1);
      char *src = g_build_filename (dir, sub, NULL);
      g_assert_cmpint (g_mkdir (src, 0755), ==, 0);
      char **paths = make_variants (src, 0, n);
      char *db = g_build_filename (src, "store.db", NULL);
      GError *error = NULL;
      CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
      g_assert_no_error (error);
      char **stored = g_new0 (char *, n / 2 + 1);
      for (guint k = 0; k < n / 2; k++)
        stored[k] = g_strdup (paths[k]);
      CgIngestStats stats;
      g_assert_true (cg_store_ingest (store, pipeline (), stored, t + 1, NULL, NULL, &stats, &error));
      g_assert_no_error (error);
      /* An edited file and, later, a copy of a stored one under a new name. */
      char *text;
      g_assert_true (g_file_get_contents (paths[40], &text, NULL, NULL));
      char *edited = g_strconcat (text, "\nA line added later.\n", NULL);
      g_assert_true (g_file_set_contents (paths[40], edited, -1, NULL));
      g_free (text);
      g_assert_true (g_file_get_contents (paths[10], &text, NULL, NULL));
      g_free (paths[n / 2 + 30]);
      paths[n / 2 + 30] = g_build_filename (src, "copy-of-10.txt", NULL);
      g_assert_true (g_file_set_contents (paths[n / 2 + 30], text, -1, NULL));
      for (guint k = n / 2 + 5; k < n; k += 10)
        {
          g_free (text);
          g_assert_true (g_file_get_contents (paths[k - 1], &text, NULL, NULL));
          g_free (paths[k]);
          char *name = g_strdup_printf ("copy-of-%u.txt", k - 1);
          paths[k] = g_build_filename (src, name, NULL);
          g_assert_true (g_file_set_contents (paths[k], text, -1, NULL));
          g_free (name);
        }
      g_assert_true (cg_store_ingest (store, pipeline (), paths, t + 1, NULL, NULL, &stats, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (stats.articles_replaced, ==, 1);
      g_assert_cmpuint (stats.articles_added, ==, n / 2 - 1 - n / 20);
      cg_store_close (store);
      got[t] = load_store (db, FALSE);
      g_free (text);
      g_free (edited);
      g_strfreev (stored);
      g_strfreev (paths);
      g_free (db);
      g_free (src);
      g_free (sub);
    }
  assert_same_store (got[0], got[1]);
  cg_corpus_free (got[0]);
  cg_corpus_free (got[1]);
  cg_test_remove_tree (dir);
  g_free (dir);
}

static void
test_concurrent (void)
{
  char *dir = cg_test_tmpdir ();
  char **all = make_variants (dir, 0, 60);
  char *db = g_build_filename (dir, "store.db", NULL);
  /* 0..39 and 20..59: disjoint parts and an overlap, in two processes. */
  char **first = g_new0 (char *, 41), **second = g_new0 (char *, 41);
  for (guint i = 0; i < 40; i++)
    {
      first[i] = all[i];
      second[i] = all[20 + i];
    }
  GPid a = spawn_ingest (db, first, "2");
  GPid b = spawn_ingest (db, second, "2");
  int sa = wait_for (a), sb = wait_for (b);
  g_assert_true (WIFEXITED (sa));
  g_assert_cmpint (WEXITSTATUS (sa), ==, 0);
  g_assert_true (WIFEXITED (sb));
  g_assert_cmpint (WEXITSTATUS (sb), ==, 0);
  g_assert_cmpuint (check_whole_articles (db), ==, 60);
  CgStoreStats st = store_stats (db);
  g_assert_false (st.claims_stale);
  assert_claims_current (db);

  /* The assertions match a store built by one process from the same files.
   * Links and speakers may differ a little: which article came first (and
   * so which copy a link points at, or which name a pronoun inherits)
   * depends on how the two processes interleaved. */
  char *db2 = g_build_filename (dir, "one.db", NULL);
  cli_ingest (db2, all, NULL);
  CgStoreStats st2 = store_stats (db2);
  g_assert_cmpuint (st.assertions, ==, st2.assertions);
  for (guint k = 0; k < 4; k++)
    g_assert_cmpuint (st.kinds[k], ==, st2.kinds[k]);
  g_assert_cmpuint (st.links > 0, ==, st2.links > 0);
  g_assert_cmpuint (st.claims > 0, ==, st2.claims > 0);
  char *dup = sql_text (db, "SELECT count(*) FROM (SELECT 1 FROM links GROUP BY from_id, to_id, relation HAVING count(*) > 1)");
  g_assert_cmpstr (dup, ==, "0");
  g_free (dup);

  g_free (first);
  g_free (second);
  g_strfreev (all);
  g_free (db2);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* ---- stores that cannot be used ------------------------------------------------------ */

typedef struct {
  char   *bytes;
  gsize   len;
  gint64  mtime_ns;
} Snapshot;

static Snapshot
snap (const char *path)
{
  Snapshot s = { 0 };
  g_assert_true (g_file_get_contents (path, &s.bytes, &s.len, NULL));
  struct stat st;
  g_assert_cmpint (stat (path, &st), ==, 0);
  s.mtime_ns = (gint64) st.st_mtim.tv_sec * 1000000000 + st.st_mtim.tv_nsec;
  return s;
}

static void
assert_untouched (const char *path, Snapshot before)
{
  Snapshot now = snap (path);
  g_assert_cmpmem (now.bytes, now.len, before.bytes, before.len);
  g_assert_cmpint (now.mtime_ns, ==, before.mtime_ns);
  g_free (now.bytes);
  g_free (before.bytes);
}

/* `claimgraph CMD --db DB [seed]` fails with exit 1 and a message naming DB and holding WANT. */
static void
assert_refused (const char *cmd, const char *db, const char *want)
{
  char *seed = cg_test_corpus (seeds[4]);
  const char *argv[] = { cmd, "--db", db, strcmp (cmd, "ingest") == 0 ? seed : NULL, NULL };
  char *out = NULL, *err = NULL;
  g_assert_cmpint (cg_test_run_cli (argv, &out, &err), ==, 1);
  if (strstr (err, db) == NULL || strstr (err, want) == NULL)
    g_error ("%s: error \"%s\" does not name %s and hold \"%s\"", cmd, err, db, want);
  g_free (out);
  g_free (err);
  g_free (seed);
}

static void
sql_exec (const char *db, const char *sql)
{
  sqlite3 *conn;
  g_assert_cmpint (sqlite3_open (db, &conn), ==, SQLITE_OK);
  char *msg = NULL;
  if (sqlite3_exec (conn, sql, NULL, NULL, &msg) != SQLITE_OK)
    g_error ("%s: %s", sql, msg);
  sqlite3_close (conn);
}

static void
test_newer_schema (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "newer.db", NULL);
  char *seed = cg_test_corpus (seeds[3]);
  char *one[] = { seed, NULL };
  cli_ingest (db, one, NULL);
  /* As a later claimgraph would leave it: a higher version, a new table. */
  sql_exec (db, "PRAGMA user_version = 99; CREATE TABLE later (x); PRAGMA wal_checkpoint(TRUNCATE)");
  Snapshot before = snap (db);
  assert_refused ("ingest", db, "newer");
  assert_refused ("stats", db, "newer");
  assert_refused ("assertions", db, "newer");
  assert_untouched (db, before);
  g_free (seed);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* The claims of a store, one line each: key, verdict, then the keys of its
 * members, supporters and contradictors, in order; from the three tables
 * of schema 1 and 2 (row by row, in the order of their keys) when OLD,
 * else from the lists of schema 3.  Appended to OUT. */
static void
claim_lines (sqlite3 *conn, gboolean old, GString *out)
{
  sqlite3_stmt *st;
  g_assert_cmpint (sqlite3_prepare_v2 (conn, old ? "SELECT id, verdict FROM claims ORDER BY id"
                                                 : "SELECT id, verdict, members, supporters, contradictors"
                                                   " FROM claims ORDER BY id", -1, &st, NULL), ==, SQLITE_OK);
  while (sqlite3_step (st) == SQLITE_ROW)
    {
      gint64 id = (gint64) sqlite3_column_int64 (st, 0);
      g_string_append_printf (out, "%" G_GINT64_FORMAT "|%s", id, sqlite3_column_text (st, 1));
      for (int list = 0; list < 3; list++)
        {
          g_string_append_c (out, '|');
          if (!old)
            {
              g_string_append (out, (const char *) sqlite3_column_text (st, 2 + list));
              continue;
            }
          sqlite3_stmt *m;
          char *sql = list == 0 ? g_strdup_printf ("SELECT assertion_id FROM claim_members WHERE claim_id = %"
                                                   G_GINT64_FORMAT " ORDER BY pos", id)
                                : g_strdup_printf ("SELECT speaker_id FROM claim_speakers WHERE claim_id = %"
                                                   G_GINT64_FORMAT " AND contradicts = %d ORDER BY pos", id, list - 1);
          g_assert_cmpint (sqlite3_prepare_v2 (conn, sql, -1, &m, NULL), ==, SQLITE_OK);
          for (int k = 0; sqlite3_step (m) == SQLITE_ROW; k++)
            g_string_append_printf (out, k ? " %" G_GINT64_FORMAT : "%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (m, 0));
          sqlite3_finalize (m);
          g_free (sql);
        }
      g_string_append_c (out, '\n');
    }
  sqlite3_finalize (st);
}

/* The rows of the tables a migration to version 2 and 3 keeps, as text
 * (blobs in hex), in a fixed order, and the claims (claim_lines(); OLD:
 * the store has the schema of version 1 or 2).  Returns a new string. */
static char *
kept_rows (const char *db, gboolean old)
{
  static const char *const queries[] = {
    "SELECT id, path, location, sha256, title, author, outlet, date, length, blanks, text, boilerplate"
    " FROM articles ORDER BY id",
    "SELECT * FROM speakers ORDER BY id", "SELECT * FROM speaker_forms ORDER BY 1, 2, 3",
    "SELECT * FROM assertions ORDER BY id", "SELECT * FROM links ORDER BY rowid",
  };
  sqlite3 *conn;
  g_assert_cmpint (sqlite3_open (db, &conn), ==, SQLITE_OK);
  GString *out = g_string_new (NULL);
  claim_lines (conn, old, out);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *st;
      g_assert_cmpint (sqlite3_prepare_v2 (conn, queries[q], -1, &st, NULL), ==, SQLITE_OK);
      while (sqlite3_step (st) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (st); c++)
            {
              const guchar *b = sqlite3_column_blob (st, c);
              int n = sqlite3_column_bytes (st, c);
              g_string_append_printf (out, "%d:", sqlite3_column_type (st, c));
              for (int i = 0; i < n; i++)
                g_string_append_printf (out, "%02x", b[i]);
              g_string_append_c (out, '|');
            }
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (st);
      g_string_append (out, "--\n");
    }
  sqlite3_close (conn);
  return g_string_free (out, FALSE);
}

/* A store written by schema version 1 (tests/data/store-v1.sql: the same
 * two articles, with their bytes) opens, migrates, keeps every row of its
 * speakers, assertions and claims, and loads them; its articles stay keyed
 * by their sha256 and match a fresh ingest of the same files.  (The
 * assertions are not compared with a fresh ingest: the fixture holds what
 * the extractor of its day found, and extraction goes on improving.) */
static void
test_migrate (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "v1.db", NULL);
  char *fresh_db = g_build_filename (dir, "fresh.db", NULL);
  char *fixture = cg_test_data ("store-v1.sql"), *sql;
  g_assert_true (g_file_get_contents (fixture, &sql, NULL, NULL));
  sql_exec (db, sql);
  /* The fixture's claims have one member and one speaker each: give the
   * first more, so that their order is seen to survive the migration. */
  sql_exec (db, "INSERT INTO claim_members VALUES (1, 2, 3), (1, 1, 5);"
                " INSERT INTO claim_speakers VALUES (1, 0, 2, 4), (1, 0, 1, 5), (1, 1, 0, 6)");
  char *rows_v1 = kept_rows (db, TRUE);
  g_assert_nonnull (strstr (rows_v1, "1|single-source|1 5 3|1 5 4|6\n"));
  char *files[] = { cg_test_data ("resolve-indiana-law.txt"), cg_test_data ("resolve-marijuana-suit.txt"), NULL };
  GError *error = NULL;

  /* Query commands do not migrate. */
  g_assert_null (cg_store_open (db, CG_STORE_READ_ONLY, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_STORE);
  g_assert_nonnull (strstr (error->message, "older schema version 1"));
  g_clear_error (&error);

  CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  cg_store_close (store);
  sqlite3 *conn;
  sqlite3_stmt *st;
  g_assert_cmpint (sqlite3_open (db, &conn), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (conn, "SELECT (SELECT user_version FROM pragma_user_version),"
                                       " (SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'raw'),"
                                       " (SELECT count(*) FROM sqlite_master WHERE name = 'assertions_kind')",
                                       -1, &st, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (st, 0), ==, CG_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sqlite3_column_int (st, 1), ==, 0);
  g_assert_cmpint (sqlite3_column_int (st, 2), ==, 0);
  sqlite3_finalize (st);
  sqlite3_close (conn);

  /* The fixture's articles were given by their names in tests/data. */
  char *cwd = g_get_current_dir (), *data = g_path_get_dirname (fixture);
  char *names[] = { "resolve-indiana-law.txt", "resolve-marijuana-suit.txt", NULL };
  g_assert_cmpint (g_chdir (data), ==, 0);
  store = cg_store_open (fresh_db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  g_assert_true (cg_store_ingest (store, pipeline (), names, 2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  cg_store_close (store);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_free (cwd);
  g_free (data);
  CgCorpus *got = load_store (db, TRUE), *want = load_store (fresh_db, FALSE);
  g_assert_cmpuint (got->articles->len, ==, 2);
  g_assert_cmpuint (want->articles->len, ==, 2);
  for (guint i = 0; i < got->articles->len; i++)
    {
      CgArticle *a = g_ptr_array_index (got->articles, i), *b = g_ptr_array_index (want->articles, i);
      g_assert_cmpstr (a->sha256, ==, b->sha256);
      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpstr (a->date, ==, b->date);
      g_assert_cmpuint (a->len, ==, b->len);
      /* Its file is not where the old store saw it: no text, not wrong text. */
      g_assert_null (a->raw);
      g_assert_null (a->text);
    }
  char *rows_v2 = kept_rows (db, FALSE);
  g_assert_cmpstr (rows_v2, ==, rows_v1);
  g_free (rows_v1);
  g_free (rows_v2);
  /* The fixture holds 55 assertions and 55 claims; they load, in order. */
  g_assert_cmpuint (got->assertions->len, ==, 55);
  g_assert_cmpuint (got->claims->len, ==, 55);
  sqlite3 *conn1;
  sqlite3_stmt *st1;
  g_assert_cmpint (sqlite3_open (db, &conn1), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (conn1, "SELECT text, span_start FROM assertions ORDER BY id", -1, &st1, NULL),
                   ==, SQLITE_OK);
  for (guint i = 0; i < got->assertions->len; i++)
    {
      const CgAssertion *as = g_ptr_array_index (got->assertions, i);
      g_assert_cmpint (sqlite3_step (st1), ==, SQLITE_ROW);
      g_assert_cmpstr (as->text, ==, (const char *) sqlite3_column_text (st1, 0));
      g_assert_cmpint (as->span.start, ==, sqlite3_column_int64 (st1, 1));
    }
  sqlite3_finalize (st1);
  sqlite3_close (conn1);
  cg_corpus_free (got);
  cg_corpus_free (want);

  /* The same files again change nothing; a new one comes in with its text. */
  char *seed = cg_test_corpus (seeds[3]);
  char *more[] = { files[0], files[1], seed, NULL };
  CgIngestStats stats;
  store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  g_assert_true (cg_store_ingest (store, pipeline (), more, 2, NULL, NULL, &stats, &error));
  g_assert_no_error (error);
  cg_store_close (store);
  g_assert_cmpuint (stats.articles_unchanged, ==, 2);
  g_assert_cmpuint (stats.articles_added, ==, 1);
  got = load_store (db, TRUE);
  g_assert_cmpuint (got->articles->len, ==, 3);
  CgArticle *a = g_ptr_array_index (got->articles, 2);
  char *bytes;
  gsize len;
  g_assert_true (g_file_get_contents (seed, &bytes, &len, NULL));
  g_assert_cmpmem (a->raw, a->len, bytes, len);
  g_assert_nonnull (a->text);
  g_free (bytes);
  cg_corpus_free (got);

  g_free (seed);
  g_free (files[0]);
  g_free (files[1]);
  g_free (sql);
  g_free (fixture);
  g_free (fresh_db);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

static void
test_not_a_database (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "article.db", NULL);
  gsize len;
  char *text = read_seed (0, &len);
  g_assert_true (g_file_set_contents (db, text, (gssize) len, NULL));
  Snapshot before = snap (db);
  assert_refused ("ingest", db, "not a database");
  assert_refused ("claims", db, "not a database");
  assert_untouched (db, before);

  /* Another program's SQLite database is not ours to change either. */
  char *other = g_build_filename (dir, "other.db", NULL);
  sql_exec (other, "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')");
  before = snap (other);
  assert_refused ("ingest", other, "not a claim store");
  assert_untouched (other, before);
  g_free (other);
  g_free (text);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

static void
test_read_only (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "ro.db", NULL);
  char *seed = cg_test_corpus (seeds[3]);
  char *one[] = { seed, NULL };
  cli_ingest (db, one, NULL);
  g_assert_cmpint (g_chmod (db, 0444), ==, 0);
  Snapshot before = snap (db);
  assert_refused ("ingest", db, "read-only");
  /* Reading it is fine. */
  char *out = cli_output ("stats", db);
  g_assert_cmpuint (count_after (out, "articles     "), ==, 1);
  g_free (out);
  assert_untouched (db, before);
  g_chmod (db, 0644);
  g_free (seed);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

static void
test_locked (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "locked.db", NULL);
  char *seed = cg_test_corpus (seeds[3]);
  char *one[] = { seed, NULL };
  cli_ingest (db, one, NULL);
  Snapshot before = snap (db);

  sqlite3 *holder;
  g_assert_cmpint (sqlite3_open (db, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  g_setenv ("CLAIMGRAPH_BUSY_TIMEOUT", "300", TRUE);
  assert_refused ("ingest", db, "locked");
  g_unsetenv ("CLAIMGRAPH_BUSY_TIMEOUT");
  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
  assert_untouched (db, before);

  /* Once the lock is gone, the same ingest goes through. */
  char *other = cg_test_corpus (seeds[4]);
  char *two[] = { other, NULL };
  cli_ingest (db, two, NULL);
  g_assert_cmpuint (store_stats (db).articles, ==, 2);
  g_free (other);
  g_free (seed);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

static void
test_missing (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "nothing.db", NULL);
  assert_refused ("stats", db, "no claim store here; run claimgraph ingest first");
  assert_refused ("links", db, "no claim store here");
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));
  GError *error = NULL;
  g_assert_null (cg_store_open (db, CG_STORE_READ_ONLY, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_STORE);
  g_clear_error (&error);
  g_assert_false (g_file_test (db, G_FILE_TEST_EXISTS));

  /* An empty file is no store to read either, and stays empty. */
  g_assert_true (g_file_set_contents (db, "", 0, NULL));
  assert_refused ("speakers", db, "no claim store here");
  g_assert_cmpint (sql_count (db, "SELECT count(*) FROM sqlite_master"), ==, 0);
  struct stat st;
  g_assert_cmpint (stat (db, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* An unreadable file ends the ingest (what came before it stays stored),
 * or with --keep-going is skipped with its message. */
static void
test_keep_going (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char *src = g_build_filename (dir, "in", NULL);
  g_assert_cmpint (g_mkdir (src, 0755), ==, 0);
  gsize len;
  char *text = read_seed (3, &len);
  char *good = g_build_filename (src, "a-story.txt", NULL);
  char *bad = g_build_filename (src, "b-binary.txt", NULL);
  char *later = g_build_filename (src, "c-story.txt", NULL);
  g_assert_true (g_file_set_contents (good, text, (gssize) len, NULL));
  g_assert_true (g_file_set_contents (bad, "\x7f" "ELF\0\0\0\x01\x02", 9, NULL));
  g_free (text);
  text = read_seed (4, &len);
  g_assert_true (g_file_set_contents (later, text, (gssize) len, NULL));

  const char *argv[] = { "ingest", "--db", db, src, NULL };
  char *out = NULL, *err = NULL;
  g_assert_cmpint (cg_test_run_cli (argv, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "b-binary.txt"));
  g_free (out);
  g_free (err);
  g_assert_cmpuint (store_stats (db).articles, ==, 1);

  const char *argk[] = { "ingest", "--keep-going", "--db", db, src, NULL };
  g_assert_cmpint (cg_test_run_cli (argk, &out, &err), ==, 0);
  g_assert_nonnull (strstr (err, "skipped: "));
  g_assert_nonnull (strstr (err, "b-binary.txt"));
  g_assert_nonnull (strstr (err, "1 articles added, 0 replaced, 1 unchanged, 1 skipped"));
  g_free (out);
  g_free (err);
  CgStoreStats st = store_stats (db);
  g_assert_cmpuint (st.articles, ==, 2);
  g_assert_false (st.claims_stale);
  g_free (text);
  g_free (good);
  g_free (bad);
  g_free (later);
  g_free (src);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* The integer in the first column of the first row SQL gives on DB. */
static gint64
sql_int (const char *db, const char *sql)
{
  sqlite3 *h;
  g_assert_cmpint (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  sqlite3_stmt *st;
  g_assert_cmpint (sqlite3_prepare_v2 (h, sql, -1, &st, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (st), ==, SQLITE_ROW);
  gint64 v = sqlite3_column_int64 (st, 0);
  sqlite3_finalize (st);
  sqlite3_close (h);
  return v;
}

static gboolean
has_speaker_index (const char *db)
{
  return sql_int (db, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'assertions_speaker'") == 1;
}

static char *
show_output (const char *db, const char *id)
{
  const char *argv[] = { "show", id, "--db", db, NULL };
  char *out = NULL, *err = NULL;
  int status = cg_test_run_cli (argv, &out, &err);
  if (status != 0)
    g_error ("show %s exited %d: %s", id, status, err);
  g_free (err);
  return out;
}

/* `show sN` looks a speaker's assertions up by speaker: a new store has the
 * index, a store made before it (without it, same schema version) still
 * reads with the same output, and gets it from the next ingest. */
static void
test_speaker_index (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **paths = seed_paths ();
  cli_ingest (db, paths, NULL);
  g_assert_true (has_speaker_index (db));

  /* The speaker with the most assertions, whose page is the longest. */
  gint64 key = sql_int (db, "SELECT speaker_id FROM assertions WHERE speaker_id IS NOT NULL"
                            " GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 1");
  g_assert_cmpint (sql_int (db, "SELECT max(n) FROM (SELECT count(*) AS n FROM assertions"
                                " WHERE speaker_id IS NOT NULL GROUP BY speaker_id)"), >, 1);
  char *id = g_strdup_printf ("s%" G_GINT64_FORMAT, key);
  char *want = show_output (db, id);
  g_assert_nonnull (strstr (want, id));

  /* An older store: the index dropped, the version the same. */
  gint64 version = sql_int (db, "PRAGMA user_version");
  sqlite3 *h;
  g_assert_cmpint (sqlite3_open (db, &h), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (h, "DROP INDEX assertions_speaker", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (h);
  g_assert_false (has_speaker_index (db));
  char *got = show_output (db, id);
  g_assert_cmpstr (got, ==, want);
  g_free (got);
  g_assert_false (has_speaker_index (db)); /* a reader does not write */

  /* The next ingest (nothing new in it) adds the index. */
  cli_ingest (db, paths, NULL);
  g_assert_true (has_speaker_index (db));
  g_assert_cmpint (sql_int (db, "PRAGMA user_version"), ==, version);
  got = show_output (db, id);
  g_assert_cmpstr (got, ==, want);
  g_free (got);

  g_free (want);
  g_free (id);
  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* The plan SQLite gives SQL on DB, its rows' details joined by "; ". */
static char *
query_plan (const char *db, const char *sql)
{
  sqlite3 *h;
  g_assert_cmpint (sqlite3_open_v2 (db, &h, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  char *explain = g_strconcat ("EXPLAIN QUERY PLAN ", sql, NULL);
  sqlite3_stmt *st;
  g_assert_cmpint (sqlite3_prepare_v2 (h, explain, -1, &st, NULL), ==, SQLITE_OK);
  GString *plan = g_string_new (NULL);
  while (sqlite3_step (st) == SQLITE_ROW)
    g_string_append_printf (plan, "%s%s", plan->len ? "; " : "", (const char *) sqlite3_column_text (st, 3));
  sqlite3_finalize (st);
  sqlite3_close (h);
  g_free (explain);
  return g_string_free (plan, FALSE);
}

/* A run that adds more than the store holds goes without the speaker index
 * and makes it at its end: the store must have it afterwards, whole, and
 * `show sN` reads through it what a scan reads. */
static void
test_speaker_index_bulk (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **paths = seed_paths ();
  char *one[] = { paths[G_N_ELEMENTS (seeds) - 1], NULL };  /* the shortest */
  cli_ingest (db, one, NULL);
  g_assert_true (has_speaker_index (db));
  gint64 first = sql_int (db, "SELECT count(*) FROM assertions");

  cli_ingest (db, paths, NULL);   /* many times what the store held */
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM assertions"), >, 4 * first);
  g_assert_true (has_speaker_index (db));
  char *plan = query_plan (db, "SELECT id FROM assertions WHERE speaker_id = 1");
  g_assert_nonnull (strstr (plan, "INDEX assertions_speaker"));
  g_free (plan);
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM assertions INDEXED BY assertions_speaker"
                                " WHERE speaker_id IS NOT NULL"),
                   ==, sql_int (db, "SELECT count(*) FROM assertions NOT INDEXED WHERE speaker_id IS NOT NULL"));

  gint64 key = sql_int (db, "SELECT speaker_id FROM assertions WHERE speaker_id IS NOT NULL"
                            " GROUP BY speaker_id ORDER BY count(*) DESC, speaker_id LIMIT 1");
  char *id = g_strdup_printf ("s%" G_GINT64_FORMAT, key);
  char *got = show_output (db, id);
  sql_exec (db, "DROP INDEX assertions_speaker");
  char *want = show_output (db, id);
  g_assert_cmpstr (got, ==, want);

  g_free (want);
  g_free (got);
  g_free (id);
  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* A bulk run makes the speaker index on a thread of its own beside the
 * claims' scoring (store.c, speaker_index_thread()).  Its failure, here a
 * table already named like the index, is the ingest's error naming the
 * store; the claims are written whole all the same, no lock is left, and
 * the next ingest makes the index. */
static void
test_speaker_index_thread_error (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **paths = seed_paths ();
  char *one[] = { paths[G_N_ELEMENTS (seeds) - 1], NULL };  /* the shortest */
  cli_ingest (db, one, NULL);
  sql_exec (db, "DROP INDEX assertions_speaker; CREATE TABLE assertions_speaker (x)");

  GError *error = NULL;
  CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  CgIngestStats stats;
  g_assert_false (cg_store_ingest (store, pipeline (), paths, 2, NULL, NULL, &stats, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_STORE);
  g_assert_true (g_str_has_prefix (error->message, db));
  g_assert_nonnull (strstr (error->message, "indexing the assertions by speaker"));
  g_assert_nonnull (strstr (error->message, "already a table named assertions_speaker"));
  g_clear_error (&error);
  cg_store_close (store);

  g_assert_false (has_speaker_index (db));
  g_assert_cmpint (sql_int (db, "SELECT count(*) FROM articles"), ==, G_N_ELEMENTS (seeds));
  g_assert_cmpint (sql_int (db, "SELECT value FROM meta WHERE key = 'claims_stale'"), ==, 0);
  assert_claims_current (db);
  sql_exec (db, "BEGIN IMMEDIATE; COMMIT");   /* nobody holds the write lock */

  sql_exec (db, "DROP TABLE assertions_speaker");
  cli_ingest (db, paths, NULL);
  g_assert_true (has_speaker_index (db));

  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* PATHS analysed by P on N_THREADS threads (the corpus in *WANT) and
 * ingested into a new store in a temporary directory, then read back:
 * returns the store's corpus.  Free both with cg_corpus_free(). */
static CgCorpus *
ingest_as_analyze (CgPipeline *p, char **paths, guint n_threads, CgCorpus **want)
{
  GError *error = NULL;
  *want = cg_pipeline_analyze (p, paths, n_threads, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  g_assert_true (cg_store_ingest (store, p, paths, n_threads, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  cg_store_close (store);
  CgCorpus *got = load_store (db, FALSE);
  g_free (db);
  g_free (dir);
  return got;
}

/* Ingest scores claims from the records it holds in memory; they must be
 * the claims analyze (and a later rescoring) gives, also where scoring
 * reads speakers' names.  Two real AllSides articles of 2019-01-23: CBS
 * News reports "nine other states ... have also put protections for
 * abortion rights in their state statutes" citing the AP, and the
 * Associated Press's own story prints the sentence: one source (the AP
 * cited by another outlet), not two, so the claim is not corroborated. */
static void
test_ingest_claims_as_analyze (void)
{
  GError *error = NULL;
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  char *table = cg_test_data ("store-ap-cbs.tsv");
  g_assert_true (cg_pipeline_load_meta_table (p, table, &error));
  g_assert_no_error (error);
  char **paths = g_new0 (char *, 2);
  paths[0] = cg_test_data ("store-ap-cbs");

  CgCorpus *want = NULL;
  CgCorpus *got = ingest_as_analyze (p, paths, 2, &want);

  g_assert_cmpuint (got->claims->len, ==, want->claims->len);
  guint nine = 0;
  for (guint i = 0; i < got->claims->len; i++)
    {
      CgClaim *a = g_ptr_array_index (got->claims, i), *b = g_ptr_array_index (want->claims, i);
      g_assert_cmpint (a->verdict, ==, b->verdict);
      g_assert_cmpuint (a->supporters->len, ==, b->supporters->len);
      for (guint k = 0; k < a->assertions->len; k++)
        {
          CgAssertion *m = cg_corpus_assertion (got, g_ptr_array_index (a->assertions, k));
          if (strstr (m->text, "nine other states") || strstr (m->text, "Nine other states"))
            {
              nine++;
              g_assert_cmpint (a->verdict, !=, CG_VERDICT_CORROBORATED);
            }
        }
    }
  /* the AP's sentence and CBS's report of it are one claim */
  g_assert_cmpuint (nine, ==, 2);
  CgClaim *c = NULL;
  for (guint i = 0; i < got->claims->len && c == NULL; i++)
    {
      CgClaim *a = g_ptr_array_index (got->claims, i);
      CgAssertion *m = cg_corpus_assertion (got, g_ptr_array_index (a->assertions, 0));
      if (strstr (m->text, "ine other states"))
        c = a;
    }
  g_assert_nonnull (c);
  g_assert_cmpuint (c->assertions->len, ==, 2);

  cg_corpus_free (got);
  cg_corpus_free (want);
  g_strfreev (paths);
  g_free (table);
  cg_pipeline_free (p);
}

/* An ingest scores with copies of the registry's speakers: without the
 * roles of persons, [speaks_for] (the White House speaks for the
 * president) never joined the White House's "it had nothing to do with
 * the decision" and President Obama's "the U.S. had nothing to do with
 * it" in the ingest, but did in analyze and in a rescored store, so the
 * claim's supporters differed. */
static void
test_ingest_office_holder (void)
{
  GError *error = NULL;
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  char **paths = g_new0 (char *, 2);
  paths[0] = cg_test_data ("store-office");
  CgCorpus *want = NULL;
  CgCorpus *got = ingest_as_analyze (p, paths, 1, &want);

  g_assert_cmpuint (got->claims->len, ==, want->claims->len);
  guint nothing = 0;
  for (guint i = 0; i < got->claims->len; i++)
    {
      CgClaim *a = g_ptr_array_index (got->claims, i), *b = g_ptr_array_index (want->claims, i);
      g_assert_cmpint (a->verdict, ==, b->verdict);
      g_assert_cmpuint (a->supporters->len, ==, b->supporters->len);
      for (guint k = 0; k < a->supporters->len; k++)
        g_assert_cmpstr (g_ptr_array_index (a->supporters, k), ==, g_ptr_array_index (b->supporters, k));
      nothing += a->assertions->len == 4;
    }
  /* the four "had nothing to do with" members are one claim */
  g_assert_cmpuint (nothing, ==, 1);
  cg_corpus_free (got);
  cg_corpus_free (want);
  g_strfreev (paths);
  cg_pipeline_free (p);
}

/* The store keeps each article's wire credits (schema 4), so a claim
 * read back has the verdict analyze gives: the Surabaya paragraph that
 * ABC News and USA Today print from the AP is one voice. */
static void
test_wire_credits_kept (void)
{
  GError *error = NULL;
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  char **paths = g_new0 (char *, 3);
  paths[0] = cg_test_data ("score-wire-abc.txt");
  paths[1] = cg_test_data ("score-wire-usatoday.txt");
  CgCorpus *want = NULL;
  CgCorpus *got = ingest_as_analyze (p, paths, 1, &want);
  g_assert_cmpuint (got->articles->len, ==, 2);
  for (guint i = 0; i < got->articles->len; i++)
    g_assert_cmpstr (((CgArticle *) g_ptr_array_index (got->articles, i))->wire, ==, "AP");
  g_assert_cmpuint (got->claims->len, ==, want->claims->len);
  guint two = 0;
  for (guint i = 0; i < got->claims->len; i++)
    {
      CgClaim *a = g_ptr_array_index (got->claims, i), *b = g_ptr_array_index (want->claims, i);
      g_assert_cmpint (a->verdict, ==, b->verdict);
      g_assert_cmpuint (a->supporters->len, ==, b->supporters->len);
      if (a->assertions->len == 2)
        {
          two++;
          g_assert_cmpuint (a->supporters->len, ==, 1);
          g_assert_cmpint (a->verdict, ==, CG_VERDICT_SINGLE_SOURCE);
        }
    }
  g_assert_cmpuint (two, ==, 1);
  cg_corpus_free (got);
  cg_corpus_free (want);
  g_strfreev (paths);
  cg_pipeline_free (p);
}

/* Every claim key a store holds, the rows' and the runs' (schema 5), once
 * per claim: an SQL query. */
#define CLAIM_KEYS                                                                                   \
  "WITH RECURSIVE k (id, last) AS (SELECT id, id + count - 1 FROM claim_runs"                       \
  " UNION ALL SELECT id + 1, last FROM k WHERE id < last) SELECT id FROM k UNION ALL SELECT id FROM claims"

/* The bulk inserts write a run of more than 16 rows through statements of
 * 32, 64 and 128 rows (store.c, MULTI_WIDE), each prepared once for the
 * connection.  Two ingests through one open store take every width: the
 * first seed alone is 167 assertions (128 + 32 + 7 rows).  (Its claims
 * were rows of their own too until schema 5; nearly all are runs now.)  Every row is analyze's, once, in its place:
 * ids follow one another with no gap and no repeat, each article holds its
 * own assertions, and the store's assertions, speakers and claims read
 * back as analyze prints them. */
static void
test_wide_inserts (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **paths = seed_paths ();
  GError *error = NULL;
  CgCorpus *want = cg_pipeline_analyze (pipeline (), paths, 2, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  /* The widths this test is about are taken. */
  GString *per_article = g_string_new (NULL);
  guint most = 0;
  for (guint i = 0; i < want->articles->len; i++)
    {
      CgArticle *a = g_ptr_array_index (want->articles, i);
      guint n = 0;
      for (guint k = 0; k < want->assertions->len; k++)
        n += g_strcmp0 (((CgAssertion *) g_ptr_array_index (want->assertions, k))->article_id, a->id) == 0;
      most = MAX (most, n);
      g_string_append_printf (per_article, "%s%u", i ? "," : "", n);
    }
  g_assert_cmpuint (most, >, 128 + 32);
  g_assert_cmpuint (want->claims->len, >, 128 + 128 + 64 + 16);
  g_assert_cmpuint (want->speakers->len, >, 32 + 16);

  CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  char *first[] = { paths[0], NULL };
  g_assert_true (cg_store_ingest (store, pipeline (), first, 2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_count (db, "SELECT (SELECT count(*) FROM claims) + (SELECT sum (count) FROM claim_runs)"), >,
                   128 + 32);
  g_assert_true (cg_store_ingest (store, pipeline (), paths, 2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  cg_store_close (store);

  g_assert_cmpint (sql_count (db, "SELECT count(DISTINCT id) FROM assertions"), ==, want->assertions->len);
  g_assert_cmpint (sql_count (db, "SELECT max(id) - min(id) + 1 FROM assertions"), ==, want->assertions->len);
  g_assert_cmpint (sql_count (db, "SELECT count(DISTINCT id) FROM (" CLAIM_KEYS ")"), ==, want->claims->len);
  g_assert_cmpint (sql_count (db, "SELECT count(*) FROM (" CLAIM_KEYS ")"), ==, want->claims->len);
  g_assert_cmpint (sql_count (db, "SELECT max(id) FROM (" CLAIM_KEYS ")"), ==, want->claims->len);
  g_assert_cmpint (sql_count (db, "SELECT count(*) FROM speakers"), ==, want->speakers->len);
  char *stored = sql_text (db, "SELECT group_concat (n, ',') FROM"
                               " (SELECT count(*) AS n FROM assertions GROUP BY article_id ORDER BY article_id)");
  g_assert_cmpstr (stored, ==, per_article->str);

  CgCorpus *got = load_store (db, FALSE);
  assert_same_lines (got, want);
  g_assert_cmpuint (got->claims->len, ==, want->claims->len);
  for (guint i = 0; i < got->claims->len; i++)
    {
      char *j1 = cg_claim_to_json (got, g_ptr_array_index (got->claims, i));
      char *j2 = cg_claim_to_json (want, g_ptr_array_index (want->claims, i));
      g_assert_cmpstr (j1, ==, j2);
      g_free (j1);
      g_free (j2);
    }

  g_free (stored);
  g_string_free (per_article, TRUE);
  cg_corpus_free (got);
  cg_corpus_free (want);
  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

/* A CgStorePartFunc: the claims of PART as JSON lines, appended to the
 * GString OUT. */
static gboolean
claim_part_lines (CgCorpus *part, gpointer out, GError **error)
{
  (void) error;
  for (guint i = 0; i < part->claims->len; i++)
    {
      char *j = cg_claim_to_json (part, g_ptr_array_index (part->claims, i));
      g_string_append_printf (out, "%s\n", j);
      g_free (j);
    }
  return TRUE;
}

/* Every claim of the store DB as JSON lines, in the order of its key, read
 * three ways: the whole store loaded (export, DOT), the claims of each
 * verdict (`claims --verdict`, sorted by key here) and each claim alone
 * (`show cN`, keys 1 .. N + 1: one past the last is no claim); with the
 * stats' counts by verdict as a last line.  Returns a new string. */
static char *
stored_claim_lines (const char *db, guint n)
{
  GError *error = NULL;
  CgStore *store = cg_store_open (db, CG_STORE_READ_ONLY, &error);
  g_assert_no_error (error);
  GString *out = g_string_new (NULL);
  CgCorpus *all = cg_store_load (store, FALSE, &error);
  g_assert_no_error (error);
  claim_part_lines (all, out, NULL);
  cg_corpus_free (all);

  char **by_key = g_new0 (char *, n + 1);
  for (CgVerdict v = 0; v < 4; v++)
    {
      GString *lines = g_string_new (NULL);
      g_assert_true (cg_store_each_claims (store, v, claim_part_lines, lines, &error));
      g_assert_no_error (error);
      char **split = g_strsplit (lines->str, "\n", -1);
      for (char **l = split; *l && **l; l++)
        {
          guint key = (guint) g_ascii_strtoull (strstr (*l, "\"id\":\"c") + 7, NULL, 10);
          g_assert_cmpuint (key, >=, 1);
          g_assert_cmpuint (key, <=, n);
          g_assert_null (by_key[key - 1]);
          by_key[key - 1] = g_strdup (*l);
        }
      g_strfreev (split);
      g_string_free (lines, TRUE);
    }
  for (guint k = 0; k < n; k++)
    {
      g_assert_nonnull (by_key[k]);
      g_string_append_printf (out, "%s\n", by_key[k]);
    }
  g_strfreev (by_key);

  for (guint k = 1; k <= n + 1; k++)
    {
      char *id = g_strdup_printf ("c%u", k);
      CgCorpus *around = cg_store_load_around (store, cg_test_rules (), id, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (around->claims->len, ==, k <= n);
      if (k <= n)
        claim_part_lines (around, out, NULL);
      cg_corpus_free (around);
      g_free (id);
    }
  CgStoreStats st;
  g_assert_true (cg_store_stats (store, &st, &error));
  g_assert_no_error (error);
  g_string_append_printf (out, "claims %u: %u %u %u %u\n", st.claims, st.verdicts[0], st.verdicts[1], st.verdicts[2],
                          st.verdicts[3]);
  cg_store_close (store);
  return g_string_free (out, FALSE);
}

/* Schema 5 stores the claims of one assertion, single-source, with its
 * speaker as the one supporter, as runs (claim_runs: first claim key,
 * first assertion key, count) instead of a row each.  On the five seeds
 * (341 claims, 5 of them more than that: c155 corroborated, the
 * contradicted ones, the same_as pairs) and an AllSides article (Fox News,
 * tests/data/store-hearer-claim.txt) whose "we ultimately didn't feel like
 * it would be safe ..., [a correspondent] told Fox News" is one assertion
 * with a speaker and no supporter (the hearer of "told"), every claim must
 * read back as analyze scores it, with its key, through every reader, and
 * the stats count them; a store of schema 4 (all claims rows, no
 * claim_runs) opens read-only and reads the same, and an ingest upgrades
 * it. */
static void
test_claim_runs (void)
{
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "store.db", NULL);
  char **seeds = seed_paths ();
  char **paths = g_new0 (char *, g_strv_length (seeds) + 2);
  for (guint i = 0; seeds[i]; i++)
    paths[i] = g_strdup (seeds[i]);
  paths[g_strv_length (seeds)] = cg_test_data ("store-hearer-claim.txt");
  g_strfreev (seeds);
  GError *error = NULL;
  CgCorpus *want = cg_pipeline_analyze (pipeline (), paths, 2, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  guint n = want->claims->len, unheard = 0;
  g_assert_cmpuint (n, >, 300);
  for (guint i = 0; i < n; i++)
    {
      CgClaim *c = g_ptr_array_index (want->claims, i);
      CgAssertion *a = cg_corpus_assertion (want, g_ptr_array_index (c->assertions, 0));
      unheard += c->assertions->len == 1 && c->supporters->len == 0 && a->speaker_id
                 && c->verdict == CG_VERDICT_SINGLE_SOURCE && strstr (a->text, "safe to do an hour") != NULL;
    }
  g_assert_cmpuint (unheard, ==, 1);
  GString *lines = g_string_new (NULL);
  claim_part_lines (want, lines, NULL);
  GString *expect = g_string_new (lines->str);
  g_string_append (expect, lines->str);
  g_string_append (expect, lines->str);
  guint verdicts[4] = { 0 };
  for (guint i = 0; i < n; i++)
    verdicts[((CgClaim *) g_ptr_array_index (want->claims, i))->verdict]++;
  g_assert_cmpuint (verdicts[CG_VERDICT_CORROBORATED], >=, 1);
  g_assert_cmpuint (verdicts[CG_VERDICT_CONTRADICTED], >=, 1);
  g_string_append_printf (expect, "claims %u: %u %u %u %u\n", n, verdicts[0], verdicts[1], verdicts[2], verdicts[3]);

  CgStore *store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  g_assert_true (cg_store_ingest (store, pipeline (), paths, 2, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  cg_store_close (store);
  /* the point of the runs: few rows */
  gint64 rows = sql_count (db, "SELECT count(*) FROM claims"), runs = sql_count (db, "SELECT count(*) FROM claim_runs");
  g_assert_cmpint (rows, <, n / 20);
  g_assert_cmpint (runs, >, 1);
  g_assert_cmpint (runs, <, n / 20);
  g_assert_cmpint (sql_count (db, "SELECT count(*) FROM (" CLAIM_KEYS ")"), ==, n);
  char *got = stored_claim_lines (db, n);
  g_assert_cmpstr (got, ==, expect->str);
  g_free (got);

  /* A store as schema 4 wrote it: every claim a row. */
  sql_exec (db, "WITH RECURSIVE k (id, a, last) AS (SELECT id, first_assertion, id + count - 1 FROM claim_runs"
                " UNION ALL SELECT id + 1, a + 1, last FROM k WHERE id < last)"
                " INSERT INTO claims (id, verdict, members, supporters, contradictors)"
                " SELECT k.id, 'single-source', k.a, coalesce (s.speaker_id, ''), '' FROM k JOIN assertions s ON s.id = k.a;"
                " DROP TABLE claim_runs; PRAGMA user_version = 4");
  g_assert_cmpint (sql_count (db, "SELECT count(*) FROM claims"), ==, n);
  got = stored_claim_lines (db, n);
  g_assert_cmpstr (got, ==, expect->str);
  g_free (got);
  /* an ingest of nothing new upgrades it and leaves the claims as rows */
  store = cg_store_open (db, CG_STORE_READ_WRITE, &error);
  g_assert_no_error (error);
  cg_store_close (store);
  g_assert_cmpint (sql_count (db, "SELECT user_version FROM pragma_user_version"), ==, CG_STORE_SCHEMA_VERSION);
  g_assert_cmpint (sql_count (db, "SELECT count(*) FROM claim_runs"), ==, 0);
  got = stored_claim_lines (db, n);
  g_assert_cmpstr (got, ==, expect->str);
  g_free (got);

  g_string_free (lines, TRUE);
  g_string_free (expect, TRUE);
  cg_corpus_free (want);
  g_strfreev (paths);
  g_free (db);
  cg_test_remove_tree (dir);
  g_free (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/round-trip", test_round_trip);
  g_test_add_func ("/store/wide-inserts", test_wide_inserts);
  g_test_add_func ("/store/claim-runs", test_claim_runs);
  g_test_add_func ("/store/ingest-claims-as-analyze", test_ingest_claims_as_analyze);
  g_test_add_func ("/store/ingest-office-holder", test_ingest_office_holder);
  g_test_add_func ("/store/wire-credits-kept", test_wire_credits_kept);
  g_test_add_func ("/store/idempotent", test_idempotent);
  g_test_add_func ("/store/stats", test_stats);
  g_test_add_func ("/store/changes", test_changes);
  g_test_add_func ("/store/replace", test_replace);
  g_test_add_data_func ("/store/kill", "1", test_kill);
  g_test_add_data_func ("/store/kill-threads", "2", test_kill);
  g_test_add_func ("/store/concurrent", test_concurrent);
  g_test_add_func ("/store/link-thread", test_link_thread);
  g_test_add_func ("/store/resolve-ahead", test_resolve_ahead);
  g_test_add_func ("/store/ingest-timeline", test_ingest_timeline);
  g_test_add_func ("/store/newer-schema", test_newer_schema);
  g_test_add_func ("/store/migrate", test_migrate);
  g_test_add_func ("/store/not-a-database", test_not_a_database);
  g_test_add_func ("/store/read-only", test_read_only);
  g_test_add_func ("/store/locked", test_locked);
  g_test_add_func ("/store/missing", test_missing);
  g_test_add_func ("/store/keep-going", test_keep_going);
  g_test_add_func ("/store/speaker-index", test_speaker_index);
  g_test_add_func ("/store/speaker-index-bulk", test_speaker_index_bulk);
  g_test_add_func ("/store/speaker-index-thread-error", test_speaker_index_thread_error);
  return g_test_run ();
}
