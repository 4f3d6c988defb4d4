/* test-badinput.c: the bad-input matrix.  Each hostile or broken input
 * gets its expected message (naming the file, and the position where there
 * is one) and exit status, and leaves nothing in the store; inputs that are
 * merely odd (a 10 MB line, 10,000 stray quotes, deep nesting, a symlink
 * loop) are read in bounded time and memory. */
#include "cg-test.h"
#include "../bench/fuzz/hostile-corpus.h"

#include <glib/gstdio.h>
#include <graphviz/cgraph.h>
#include <json-glib/json-glib.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

typedef struct {
  char *dir;     /* scratch directory */
  char *db;      /* store path inside it */
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  (void) data;
  f->dir = cg_test_tmpdir ();
  f->db = g_build_filename (f->dir, "store.db", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  (void) data;
  cg_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static char *
write_file (Fixture *f, const char *name, const char *data, gssize len)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

/* Ingest PATH into the fixture's store; expect STATUS and, in stderr,
 * every fragment of WANT (NULL-terminated).  Returns stderr. */
static void
expect_ingest (Fixture *f, const char *path, int status, const char *const *want)
{
  char *out = NULL, *err = NULL;
  const char *argv[] = { "ingest", "--quiet", "--db", f->db, path, NULL };
  int got = cg_test_run_cli (argv, &out, &err);
  if (got != status)
    g_error ("ingest %s: exit %d, want %d; stderr: %s", path, got, status, err);
  for (guint i = 0; want && want[i]; i++)
    if (strstr (err, want[i]) == NULL)
      g_error ("ingest %s: stderr \"%s\" lacks \"%s\"", path, err, want[i]);
  g_free (out);
  g_free (err);
}

/* Nothing of a rejected input may be in the store: either no store was
 * created, or it holds no article. */
static void
expect_store_empty (Fixture *f)
{
  if (!g_file_test (f->db, G_FILE_TEST_EXISTS))
    return;
  char *out = NULL, *err = NULL;
  const char *argv[] = { "assertions", "--format", "jsonl", "--db", f->db, NULL };
  int status = cg_test_run_cli (argv, &out, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "");
  g_free (out);
  g_free (err);
}

static void
test_empty_file (Fixture *f, gconstpointer data)
{
  (void) data;
  char *path = write_file (f, "empty.txt", "", 0);
  const char *want[] = { path, "empty", NULL };
  expect_ingest (f, path, 1, want);
  expect_store_empty (f);
  g_free (path);
}

static void
test_binary_file (Fixture *f, gconstpointer data)
{
  (void) data;
  static const char bin[] = "GIF89a\x01\x00\x01\x00\x00\xff\x00,";
  char *path = write_file (f, "image.txt", bin, sizeof bin - 1);
  const char *want[] = { path, "NUL", "byte offset 7", NULL };
  expect_ingest (f, path, 1, want);
  expect_store_empty (f);
  g_free (path);
}

static void
test_invalid_utf8 (Fixture *f, gconstpointer data)
{
  (void) data;
  static const char text[] = "Trump said it.\nPutin said \xc3\x28 nothing.\n";
  char *path = write_file (f, "latin.txt", text, sizeof text - 1);
  const char *want[] = { path, "UTF-8", "byte offset 26", "line 2", NULL };
  expect_ingest (f, path, 1, want);
  expect_store_empty (f);
  g_free (path);
}

static void
test_utf16 (Fixture *f, gconstpointer data)
{
  (void) data;
  static const char text[] = "\xff\xfeT\0r\0u\0m\0p\0 \0s\0a\0i\0d\0.\0\n\0";
  char *path = write_file (f, "wide.txt", text, sizeof text - 1);
  const char *want[] = { path, "UTF-16", NULL };
  expect_ingest (f, path, 1, want);
  expect_store_empty (f);
  g_free (path);
}

static void
test_one_gigabyte (Fixture *f, gconstpointer data)
{
  (void) data;
  /* A sparse file: 1 GB on paper, nothing on disk.  It must be rejected
   * from its size, before any reading. */
  char *path = g_build_filename (f->dir, "huge.txt", NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 1 << 30), ==, 0);
  close (fd);
  const char *want[] = { path, "limit", NULL };
  expect_ingest (f, path, 1, want);
  expect_store_empty (f);
  g_free (path);
}

static void
test_disappearing_file (Fixture *f, gconstpointer data)
{
  (void) data;
  char *path = write_file (f, "gone.txt", "Trump said: \"Here today.\"\n", -1);
  char *paths[] = { f->dir, NULL };
  GError *error = NULL;
  GPtrArray *list = cg_reader_list_paths (paths, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  /* Listed, then gone before it is read. */
  g_unlink (path);
  CgReader *reader = cg_reader_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgArticle *a = cg_reader_read_file (reader, g_ptr_array_index (list, 0), &error);
  g_assert_null (a);
  g_assert_error (error, CG_ERROR, CG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  cg_reader_free (reader);
  g_ptr_array_unref (list);
  g_free (path);
}

static void
test_broken_rule_file (Fixture *f, gconstpointer data)
{
  (void) data;
  char *rules = g_build_filename (f->dir, "myrules", NULL);
  g_mkdir (rules, 0755);
  char *file = g_build_filename (rules, "cue-verbs.rules", NULL);
  g_assert_true (g_file_set_contents (file, "# mine\nquipped ; certainty=certain\n[broken\n", -1, NULL));
  char *seed = cg_test_corpus ("004_df20157698547397.txt");
  char *out = NULL, *err = NULL;
  const char *argv[] = { "ingest", "--quiet", "--db", f->db, "--rules", rules, seed, NULL };
  g_assert_cmpint (cg_test_run_cli (argv, &out, &err), ==, 1);
  char *want = g_strdup_printf ("%s:3:", file);
  if (strstr (err, want) == NULL)
    g_error ("stderr \"%s\" lacks \"%s\"", err, want);
  expect_store_empty (f);
  g_free (want);
  g_free (out);
  g_free (err);
  g_free (seed);
  g_free (file);
  g_free (rules);
}

static void
copy_file (const char *from, const char *to)
{
  char *data = NULL;
  gsize len = 0;
  g_assert_true (g_file_get_contents (from, &data, &len, NULL));
  g_assert_true (g_file_set_contents (to, data, (gssize) len, NULL));
  g_free (data);
}

static void
test_missing_rule_file (Fixture *f, gconstpointer data)
{
  (void) data;
  /* A copy of the default rules without the cue verbs. */
  char *defaults = g_build_filename (f->dir, "defaults", NULL);
  g_mkdir (defaults, 0755);
  const char *src = cg_rules_default_dir ();
  GDir *d = g_dir_open (src, 0, NULL);
  g_assert_nonnull (d);
  const char *n;
  while ((n = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (n, ".rules") && strcmp (n, "cue-verbs.rules") != 0)
      {
        char *from = g_build_filename (src, n, NULL);
        char *to = g_build_filename (defaults, n, NULL);
        copy_file (from, to);
        g_free (from);
        g_free (to);
      }
  g_dir_close (d);
  char *saved = g_strdup (g_getenv ("CLAIMGRAPH_DEFAULT_RULES"));
  g_setenv ("CLAIMGRAPH_DEFAULT_RULES", defaults, TRUE);
  char *seed = cg_test_corpus ("004_df20157698547397.txt");
  char *out = NULL, *err = NULL;
  const char *argv[] = { "ingest", "--quiet", "--db", f->db, seed, NULL };
  int status = cg_test_run_cli (argv, &out, &err);
  g_setenv ("CLAIMGRAPH_DEFAULT_RULES", saved, TRUE);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (err, "cue-verbs.rules"));
  expect_store_empty (f);
  g_free (saved);
  g_free (seed);
  g_free (out);
  g_free (err);
  g_free (defaults);
}

/* ---- odd but valid input: read, in bounded time and memory --------------- */

static int
analyze_ok (Fixture *f, const char *path, char **report)
{
  (void) f;
  char *err = NULL;
  const char *argv[] = { "analyze", "--quiet", path, NULL };
  int status = cg_test_run_cli (argv, report, &err);
  if (status != 0)
    g_error ("analyze %s: exit %d: %s", path, status, err);
  g_free (err);
  return status;
}

static void
test_ten_megabyte_line (Fixture *f, gconstpointer data)
{
  (void) data;
  GString *s = g_string_sized_new (10 * 1024 * 1024 + 100);
  while (s->len < 10 * 1024 * 1024)
    g_string_append (s, "Senator Jeff Merkley said that \"the war must end\" and more words follow ");
  char *path = write_file (f, "oneline.txt", s->str, (gssize) s->len);
  char *report = NULL;
  analyze_ok (f, path, &report);
  g_assert_nonnull (strstr (report, "articles     1"));
  g_free (report);
  g_string_free (s, TRUE);
  g_free (path);
}

/* One quotation of 2,200,000 distinct words (13.2 MB, under the 16 MB
 * article limit): the linker dedupes a text's concepts by sorting once a
 * text is long (a test of each against those kept ran for hours), and a
 * word count past what its record holds is held at the cap, not an
 * abort. */
static void
test_long_quotation (Fixture *f, gconstpointer data)
{
  (void) data;
  GString *s = g_string_sized_new (14 * 1024 * 1024);
  g_string_append (s, "Senator John Smith said: \"");
  for (guint i = 0; i < 2200000; i++)
    {
      char w[7];
      guint n = i;
      for (int k = 4; k >= 0; k--, n /= 26)
        w[k] = (char) ('a' + n % 26);
      w[5] = ' ';
      w[6] = 0;
      g_string_append (s, w);
    }
  g_string_append (s, "today.\"\n");
  char *path = write_file (f, "long-quotation.txt", s->str, (gssize) s->len);
  char *report = NULL;
  analyze_ok (f, path, &report);
  g_assert_nonnull (strstr (report, "articles     1"));
  g_assert_nonnull (strstr (report, "(direct 1,"));
  g_free (report);
  g_string_free (s, TRUE);
  g_free (path);
}

static void
test_unbalanced_quotes (Fixture *f, gconstpointer data)
{
  (void) data;
  GString *s = g_string_new ("Trump said it.\n\n");
  for (guint i = 0; i < 10000; i++)
    g_string_append (s, i % 7 ? "\" word " : "“ said Putin ");
  g_string_append (s, "\n\nZelensky said: \"I am serious.\"\n");
  char *path = write_file (f, "quotes.txt", s->str, (gssize) s->len);
  char *out = NULL, *err = NULL;
  const char *argv[] = { "assertions", "--format", "jsonl", path, NULL };
  g_assert_cmpint (cg_test_run_cli (argv, &out, &err), ==, 0);
  /* The stray marks are confined to their paragraph: the last quote is still found. */
  g_assert_nonnull (strstr (out, "I am serious."));
  g_free (out);
  g_free (err);
  g_string_free (s, TRUE);
  g_free (path);
}

static void
test_deeply_nested_quotes (Fixture *f, gconstpointer data)
{
  (void) data;
  GString *s = g_string_new ("Trump said: ");
  for (guint i = 0; i < 5000; i++)
    g_string_append (s, i % 2 ? "'a " : "\"b ");
  for (guint i = 5000; i-- > 0;)
    g_string_append (s, i % 2 ? "a' " : "b\" ");
  g_string_append (s, "\n");
  char *path = write_file (f, "nested.txt", s->str, (gssize) s->len);
  char *report = NULL;
  analyze_ok (f, path, &report);
  g_free (report);
  g_string_free (s, TRUE);
  g_free (path);
}

static void
test_symlink_loop (Fixture *f, gconstpointer data)
{
  (void) data;
  char *sub = g_build_filename (f->dir, "news", NULL);
  g_mkdir (sub, 0755);
  char *seed = cg_test_corpus ("004_df20157698547397.txt");
  char *copy = g_build_filename (sub, "ft.txt", NULL);
  copy_file (seed, copy);
  char *loop = g_build_filename (sub, "again", NULL);
  g_assert_cmpint (symlink ("..", loop), ==, 0);
  char *self = g_build_filename (sub, "self", NULL);
  g_assert_cmpint (symlink (".", self), ==, 0);
  char *report = NULL;
  analyze_ok (f, sub, &report);
  g_assert_nonnull (strstr (report, "articles     1"));
  g_free (report);
  g_free (self);
  g_free (loop);
  g_free (copy);
  g_free (seed);
  g_free (sub);
}

/* SQL-looking text is data: it goes into the store and comes back out. */
static void
test_sql_text_is_inert (Fixture *f, gconstpointer data)
{
  (void) data;
  const char *text = "Hostile input\n\n"
                     "Senator Robert Tables said: \"x'); DELETE FROM articles; -- and DROP TABLE assertions;\"\n";
  char *path = write_file (f, "sql.txt", text, -1);
  expect_ingest (f, path, 0, NULL);
  char *out = NULL, *err = NULL;
  const char *argv[] = { "assertions", "--format", "jsonl", "--db", f->db, NULL };
  g_assert_cmpint (cg_test_run_cli (argv, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "x'); DELETE FROM articles; -- and DROP TABLE assertions;"));
  g_free (out);
  g_free (err);
  /* Ingesting again changes nothing and the tables are all still there. */
  expect_ingest (f, path, 0, NULL);
  const char *stats[] = { "stats", "--db", f->db, NULL };
  g_assert_cmpint (cg_test_run_cli (stats, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "articles"));
  g_free (out);
  g_free (err);
  g_free (path);
}

/* ---- fuzz regressions ------------------------------------------------------
 * Every input a fuzzer once broke is kept as tests/data/fuzz-TARGET-NNN.bin
 * and fed again through the stages its target drives, with the fuzzer's
 * invariants: rule files through the parser, anything else through the
 * segmenter (made valid UTF-8, as the segment target does), then reader,
 * segmenter, extractor, resolver, linker and scorer (the whole pipeline) and
 * the three text exporters, each of which must parse again. */

static void
check_span (CgSpan s, gsize len, gboolean optional, const char *what)
{
  if (optional && s.start < 0)
    return;
  if (s.start < 0 || s.end < s.start || (gsize) s.end > len)
    g_error ("%s span [%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT ") outside [0,%" G_GSIZE_FORMAT ")",
             what, s.start, s.end, len);
}

static void
check_rules_input (const char *data, gsize len)
{
  GError *error = NULL;
  CgRules *rules = cg_rules_parse ("fuzz", "fuzz.rules", data, len, &error);
  if (rules == NULL)
    {
      g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
      g_assert_true (g_str_has_prefix (error->message, "fuzz.rules:"));
      g_error_free (error);
      return;
    }
  GPtrArray *all = cg_rules_entries (rules, "fuzz", NULL);
  CgLexicon *lex = cg_lexicon_new (all);
  for (guint i = 0; i < all->len; i++)
    {
      CgRule *r = g_ptr_array_index (all, i);
      g_assert_cmpuint (r->n_words, >, 0);
      g_assert_cmpuint (r->line, >, 0);
      g_assert_nonnull (cg_lexicon_lookup (lex, r->phrase));
      guint n = 0;
      g_assert_nonnull (cg_lexicon_match (lex, r->words, r->n_words, 0, &n));
      g_assert_cmpuint (n, >, 0);
    }
  cg_lexicon_free (lex);
  cg_rules_free (rules);
}

static void
check_segments (const char *text, gsize len)
{
  CgSegmenter *seg = cg_segmenter_new (cg_test_rules (), NULL);
  CgSegments *s = cg_segmenter_run (seg, text, len);
  gint64 last = -1;
  for (guint i = 0; i < s->paragraphs->len; i++)
    check_span (g_array_index (s->paragraphs, CgParagraph, i).span, len, FALSE, "paragraph");
  for (guint i = 0; i < s->sentences->len; i++)
    {
      CgSentence *st = &g_array_index (s->sentences, CgSentence, i);
      check_span (st->span, len, FALSE, "sentence");
      g_assert_cmpint (st->span.start, >=, last);
      g_assert_cmpuint (st->paragraph, <, s->paragraphs->len);
      last = st->span.end;
    }
  for (guint i = 0; i < s->quotes->len; i++)
    {
      CgQuote *q = &g_array_index (s->quotes, CgQuote, i);
      check_span (q->span, len, FALSE, "quote");
      check_span (q->inner, len, FALSE, "quote inner");
      g_assert_cmpint (q->inner.start, >=, q->span.start);
      g_assert_cmpint (q->inner.end, <=, q->span.end);
      g_assert_cmpint (q->parent, <, (gint) i);
      if (q->parent >= 0)
        {
          CgQuote *p = &g_array_index (s->quotes, CgQuote, q->parent);
          g_assert_cmpint (q->span.start, >=, p->span.start);
          g_assert_cmpint (q->span.end, <=, p->span.end);
          g_assert_cmpuint (q->depth, ==, p->depth + 1);
        }
    }
  GArray *tokens = cg_tokenize (text, (CgSpan) { 0, (gint64) len });
  for (guint i = 0; i < tokens->len; i++)
    {
      CgToken *t = &g_array_index (tokens, CgToken, i);
      g_assert_cmpint (t->start, >=, 0);
      g_assert_cmpint (t->end, >, t->start);
      g_assert_cmpint (t->end, <=, (gint64) len);
    }
  g_array_unref (tokens);
  cg_segments_free (s);
  cg_segmenter_free (seg);
}

static char *
export_and_read (CgGraph *g, CgExportFormat format, const char *dir, const char *name)
{
  char *path = g_build_filename (dir, name, NULL);
  CgGraphFilter filter = { NULL, 2, NULL, NULL, NULL, NULL };
  GError *error = NULL;
  g_assert_true (cg_graph_export (g, format, &filter, path, &error));
  g_assert_no_error (error);
  char *out = NULL;
  g_assert_true (g_file_get_contents (path, &out, NULL, NULL));
  g_unlink (path);
  g_free (path);
  return out;
}

/* RFC 8259: no raw control character in a JSON text but the whitespace
 * between tokens (json-glib's own parser is laxer than that). */
static void
assert_strict_json (const char *json, const char *what)
{
  for (const char *p = json; *p; p++)
    if ((guchar) *p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t')
      g_error ("%s: raw control character 0x%02x at byte %td", what, (guchar) *p, p - json);
}

static const GMarkupParser no_callbacks = { NULL, NULL, NULL, NULL, NULL };

/* DOT, JSON and GraphML of CORPUS each parse again. */
static void
check_exports (CgCorpus *corpus, const char *dir)
{
  CgGraph *g = cg_graph_new (corpus);
  char *dot = export_and_read (g, CG_EXPORT_DOT, dir, "g.dot");
  Agraph_t *parsed = agmemread (dot);
  if (parsed == NULL)
    g_error ("DOT does not parse:\n%s", dot);
  agclose (parsed);
  g_free (dot);
  char *json = export_and_read (g, CG_EXPORT_JSON, dir, "g.json");
  assert_strict_json (json, "graph JSON");
  JsonParser *jp = json_parser_new ();
  GError *error = NULL;
  json_parser_load_from_data (jp, json, -1, &error);
  g_assert_no_error (error);
  g_object_unref (jp);
  g_free (json);
  char *xml = export_and_read (g, CG_EXPORT_GRAPHML, dir, "g.graphml");
  GMarkupParseContext *ctx = g_markup_parse_context_new (&no_callbacks, 0, NULL, NULL);
  g_markup_parse_context_parse (ctx, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (ctx, &error);
  g_assert_no_error (error);
  g_markup_parse_context_free (ctx);
  g_free (xml);
  cg_graph_free (g);
}

/* Every JSON line of CORPUS is strict JSON. */
static void
check_json_lines (CgCorpus *c)
{
  for (guint i = 0; i < c->assertions->len; i++)
    {
      char *j = cg_assertion_to_json (c, g_ptr_array_index (c->assertions, i));
      assert_strict_json (j, "assertion JSON line");
      g_free (j);
    }
  for (guint i = 0; i < c->speakers->len; i++)
    {
      char *j = cg_speaker_to_json (g_ptr_array_index (c->speakers, i));
      assert_strict_json (j, "speaker JSON line");
      g_free (j);
    }
  for (guint i = 0; i < c->links->len; i++)
    {
      char *j = cg_link_to_json (g_ptr_array_index (c->links, i));
      assert_strict_json (j, "link JSON line");
      g_free (j);
    }
  for (guint i = 0; i < c->claims->len; i++)
    {
      char *j = cg_claim_to_json (c, g_ptr_array_index (c->claims, i));
      assert_strict_json (j, "claim JSON line");
      g_free (j);
    }
}


static void
check_article_input (const char *path, const char *dir)
{
  static CgPipeline *pipeline;
  GError *error = NULL;
  if (pipeline == NULL)
    {
      pipeline = cg_pipeline_new (cg_test_rules (), &error);
      g_assert_no_error (error);
    }
  char *paths[] = { (char *) path, NULL };
  CgCorpus *c = cg_pipeline_analyze (pipeline, paths, 1, FALSE, NULL, NULL, NULL, &error);
  if (c == NULL)
    {
      /* Rejected input: a CG_ERROR that names the file. */
      g_assert_nonnull (error);
      g_assert_true (error->domain == CG_ERROR);
      g_assert_nonnull (strstr (error->message, path));
      g_error_free (error);
      return;
    }
  g_assert_cmpuint (c->articles->len, ==, 1);
  CgArticle *art = g_ptr_array_index (c->articles, 0);
  g_assert_true (g_utf8_validate (art->text, (gssize) art->len, NULL));
  const char *meta[] = { art->title, art->author, art->outlet, art->date };
  for (guint i = 0; i < G_N_ELEMENTS (meta); i++)
    g_assert_true (meta[i] == NULL || g_utf8_validate (meta[i], -1, NULL));
  for (guint i = 0; i < c->assertions->len; i++)
    {
      CgAssertion *x = g_ptr_array_index (c->assertions, i);
      check_span (x->span, art->len, FALSE, "assertion");
      check_span (x->cue, art->len, TRUE, "cue");
      check_span (x->source, art->len, TRUE, "source");
      g_assert_true (x->text != NULL && g_utf8_validate (x->text, -1, NULL));
      g_assert_true (x->speaker_id == NULL || cg_corpus_speaker (c, x->speaker_id) != NULL);
    }
  for (guint i = 0; i < c->speakers->len; i++)
    {
      CgSpeaker *sp = g_ptr_array_index (c->speakers, i);
      g_assert_true (sp->name != NULL && g_utf8_validate (sp->name, -1, NULL));
    }
  for (guint i = 0; i < c->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (c->links, i);
      g_assert_nonnull (cg_corpus_assertion (c, l->from));
      g_assert_nonnull (cg_corpus_assertion (c, l->to));
    }
  check_json_lines (c);
  check_exports (c, dir);
  cg_corpus_free (c);
}

static void
test_fuzz_regressions (Fixture *f, gconstpointer data)
{
  (void) data;
  char *dir = cg_test_data (".");
  GDir *d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *n;
  while ((n = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (n, "fuzz-"))
      g_ptr_array_add (names, g_strdup (n));
  g_dir_close (d);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      char *path = cg_test_data (name);
      char *bytes = NULL;
      gsize len = 0;
      g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
      g_test_message ("fuzz regression %s (%" G_GSIZE_FORMAT " bytes)", name, len);
      if (g_str_has_prefix (name, "fuzz-rules-"))
        check_rules_input (bytes, len);
      else
        {
          char *text = g_utf8_make_valid (bytes, (gssize) len);
          check_segments (text, strlen (text));
          if (*text != '\0')
            {
              CgCorpus *c = corpus_of_text (text);
              check_json_lines (c);
              check_exports (c, f->dir);
              cg_corpus_free (c);
            }
          g_free (text);
          check_article_input (path, f->dir);
        }
      g_free (bytes);
      g_free (path);
    }
  g_ptr_array_unref (names);
  g_free (dir);
}

/* ---- hostile text reaches every exporter intact and inert ------------------
 * One quotation holds what breaks each output language: DOT (quotes,
 * backslashes, the \N escape, braces), HTML-like labels and XML (<, &, ]]>),
 * SQL (quotes, ;).  Each output must parse and give the words back. */

#define HOSTILE "Use \"this\" and a back\\slash, \\N, {braces}, <b>bold</b> & <i>x</i>, ]]> or x'); DROP TABLE assertions; -- end"

static const char *hostile_article =
  "Senator pledges to test every output\n\n"
  "WASHINGTON (Reuters) - Senator Robert Tables spoke to reporters on Tuesday.\n\n"
  "\xe2\x80\x9c" HOSTILE ",\xe2\x80\x9d Tables said.\n";

static void
assert_contains (const char *haystack, const char *needle, const char *what)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("%s lacks \"%s\":\n%s", what, needle, haystack);
}

/* Whether some string anywhere in NODE contains WANT. */
static gboolean
json_holds_string (JsonNode *node, const char *want)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *o = json_node_get_object (node);
        GList *members = json_object_get_members (o);
        gboolean found = FALSE;
        for (GList *m = members; m && !found; m = m->next)
          found = json_holds_string (json_object_get_member (o, m->data), want);
        g_list_free (members);
        return found;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *a = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (a); i++)
          if (json_holds_string (json_array_get_element (a, i), want))
            return TRUE;
        return FALSE;
      }
    case JSON_NODE_VALUE:
      return json_node_get_value_type (node) == G_TYPE_STRING
             && strstr (json_node_get_string (node), want) != NULL;
    default:
      return FALSE;
    }
}

/* A DOT escString with HTML entities back to plain text: "\\x" is x,
 * "&amp;" is "&" (what Graphviz shows for it). */
static char *
dot_unescape (const char *v)
{
  GString *s = g_string_new (NULL);
  for (const char *p = v ? v : ""; *p; p++)
    if (*p == '\\' && p[1] != '\0')
      g_string_append_c (s, *++p);
    else if (g_str_has_prefix (p, "&amp;"))
      {
        g_string_append_c (s, '&');
        p += 4;
      }
    else
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

static void
spawn_ok (const char *const *argv, const char *what)
{
  char *out = NULL, *err = NULL;
  int status = 0;
  GError *error = NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s fails: %s", what, err);
  g_free (out);
  g_free (err);
}

static void
test_hostile_text_exports (Fixture *f, gconstpointer data)
{
  (void) data;
  char *article = g_strdup (hostile_article);
  char *want = g_strdup (HOSTILE);
  /* The file name too: it is in every output, with control characters
   * (one that json-glib 1.6 leaves raw), markup and a quote. */
  char *path = write_file (f, "hostile \x01\x1f\t<&>\".txt", article, -1);
  char *outdir = g_build_filename (f->dir, "out", NULL);

  char *out = NULL, *err = NULL;
  const char *analyze[] = { "analyze", "--quiet", "-o", outdir, path, NULL };
  /* analyze -o lays the graph out with Graphviz: under ASan, whole stacks,
   * for tests/lsan.supp (see tests/meson.build). */
  char *asan = g_strdup (g_getenv ("ASAN_OPTIONS"));
  if (asan)
    {
      char *slow = g_strconcat (asan, ":fast_unwind_on_malloc=0", NULL);
      g_setenv ("ASAN_OPTIONS", slow, TRUE);
      g_free (slow);
    }
  int status = cg_test_run_cli (analyze, &out, &err);
  if (asan)
    g_setenv ("ASAN_OPTIONS", asan, TRUE);
  g_free (asan);
  if (status != 0)
    g_error ("analyze: exit %d: %s", status, err);
  g_free (out);
  g_free (err);

  /* JSON lines and node-link JSON: parse, and hold the text unchanged. */
  char *jsonl_path = g_build_filename (outdir, "assertions.jsonl", NULL);
  char *jsonl = NULL;
  g_assert_true (g_file_get_contents (jsonl_path, &jsonl, NULL, NULL));
  char **lines = g_strsplit (jsonl, "\n", -1);
  gboolean found = FALSE;
  for (guint i = 0; lines[i]; i++)
    {
      if (*lines[i] == '\0')
        continue;
      JsonParser *jp = json_parser_new ();
      GError *error = NULL;
      json_parser_load_from_data (jp, lines[i], -1, &error);
      g_assert_no_error (error);
      assert_strict_json (lines[i], "assertions.jsonl");
      g_assert_true (json_holds_string (json_parser_get_root (jp), path));
      found = found || json_holds_string (json_parser_get_root (jp), want);
      g_object_unref (jp);
    }
  if (!found)
    g_error ("assertions.jsonl lacks the quotation \"%s\":\n%s", want, jsonl);
  g_strfreev (lines);
  g_free (jsonl);
  g_free (jsonl_path);

  char *json_path = g_build_filename (outdir, "graph.json", NULL);
  char *json = NULL;
  g_assert_true (g_file_get_contents (json_path, &json, NULL, NULL));
  assert_strict_json (json, "graph.json");
  JsonParser *jp = json_parser_new ();
  GError *error = NULL;
  json_parser_load_from_data (jp, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (json_holds_string (json_parser_get_root (jp), want));
  g_assert_true (json_holds_string (json_parser_get_root (jp), path));
  g_object_unref (jp);
  g_free (json);
  g_free (json_path);

  /* DOT: cgraph reads it back with the text as an attribute value, and dot
   * itself lays it out. */
  char *dot_path = g_build_filename (outdir, "graph.dot", NULL);
  char *dot = NULL;
  g_assert_true (g_file_get_contents (dot_path, &dot, NULL, NULL));
  Agraph_t *g = agmemread (dot);
  g_assert_nonnull (g);
  /* Some node attribute is the text as escString with entities
   * (export-dot.c): undone, it is the text exactly. */
  found = FALSE;
  for (Agnode_t *n = agfstnode (g); n && !found; n = agnxtnode (g, n))
    for (Agsym_t *sym = agnxtattr (g, AGNODE, NULL); sym && !found; sym = agnxtattr (g, AGNODE, sym))
      {
        char *v = dot_unescape (agxget (n, sym));
        found = strcmp (v, want) == 0;
        g_free (v);
      }
  if (!found)
    g_error ("no DOT attribute holds \"%s\":\n%s", want, dot);
  agclose (g);
  char *svg_path = g_build_filename (f->dir, "check.svg", NULL);
  const char *dot_argv[] = { "dot", "-Tsvg", "-o", svg_path, dot_path, NULL };
  spawn_ok (dot_argv, "dot -Tsvg graph.dot");
  g_free (svg_path);
  g_free (dot);
  g_free (dot_path);

  /* GraphML: well-formed XML that holds the text once unescaped. */
  char *gml_path = g_build_filename (outdir, "graph.graphml", NULL);
  char *gml = NULL;
  g_assert_true (g_file_get_contents (gml_path, &gml, NULL, NULL));
  assert_contains (gml, "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;, ]]&gt;", "graph.graphml");
  char *xmllint = g_find_program_in_path ("xmllint");
  if (xmllint != NULL)
    {
      const char *xml_argv[] = { xmllint, "--noout", gml_path, NULL };
      spawn_ok (xml_argv, "xmllint --noout graph.graphml");
    }
  else
    {
      GMarkupParseContext *ctx = g_markup_parse_context_new (&no_callbacks, 0, NULL, NULL);
      g_markup_parse_context_parse (ctx, gml, -1, &error);
      g_assert_no_error (error);
      g_markup_parse_context_end_parse (ctx, &error);
      g_assert_no_error (error);
      g_markup_parse_context_free (ctx);
    }
  g_free (xmllint);
  g_free (gml);
  g_free (gml_path);

  /* The store: ingest, then the text comes back unchanged. */
  expect_ingest (f, path, 0, NULL);
  const char *list[] = { "assertions", "--format", "jsonl", "--db", f->db, NULL };
  g_assert_cmpint (cg_test_run_cli (list, &out, &err), ==, 0);
  jp = json_parser_new ();
  lines = g_strsplit (out, "\n", -1);
  found = FALSE;
  for (guint i = 0; lines[i]; i++)
    if (*lines[i])
      {
        assert_strict_json (lines[i], "assertions from the store");
        g_assert_true (json_parser_load_from_data (jp, lines[i], -1, NULL));
        g_assert_true (json_holds_string (json_parser_get_root (jp), path));
        found = found || json_holds_string (json_parser_get_root (jp), want);
      }
  if (!found)
    g_error ("assertions from the store lack \"%s\":\n%s", want, out);
  g_strfreev (lines);
  g_object_unref (jp);
  g_free (out);
  g_free (err);

  g_free (outdir);
  g_free (path);
  g_free (want);
  g_free (article);
}

/* A broken --meta-table stops ingest before the store is touched, and
 * analyze before its output directory is written; a good one is read. */
static void
test_broken_meta_table (Fixture *f, gconstpointer data)
{
  (void) data;
  char *article = write_file (f, "a1.txt", "Senators debated the bill on Tuesday.\n\n"
                                           "\"We will not back down,\" Senator Jane Roe said.\n", -1);
  char *table = write_file (f, "meta.csv", "id,title,date\na1,Senate debate,2019-04-31\n", -1);
  char *out = NULL, *err = NULL;
  const char *ingest[] = { "ingest", "--quiet", "--db", f->db, "--meta-table", table, article, NULL };
  g_assert_cmpint (cg_test_run_cli (ingest, &out, &err), ==, 1);
  if (!strstr (err, table) || !strstr (err, "line 2") || !strstr (err, "\"2019-04-31\" is not a date"))
    g_error ("ingest with a broken table: stderr \"%s\"", err);
  g_assert_false (g_file_test (f->db, G_FILE_TEST_EXISTS));
  g_free (out);
  g_free (err);

  char *outdir = g_build_filename (f->dir, "out", NULL);
  const char *analyze[] = { "analyze", "--quiet", "--meta-table", table, "-o", outdir, article, NULL };
  g_assert_cmpint (cg_test_run_cli (analyze, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "line 2"));
  g_assert_false (g_file_test (outdir, G_FILE_TEST_EXISTS));
  g_free (out);
  g_free (err);

  /* the report on stdout: no picture to render */
  g_assert_true (g_file_set_contents (table, "id,title,date\na1,Senate debate,2019-04-30\n", -1, NULL));
  const char *report[] = { "analyze", "--quiet", "--meta-table", table, article, NULL };
  g_assert_cmpint (cg_test_run_cli (report, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "Senate debate | (no outlet) | (no byline) | 2019-04-30"));
  g_free (out);
  g_free (err);
  g_free (outdir);
  g_free (table);
  g_free (article);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
#define ADD(name, fn) g_test_add ("/badinput/" name, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("empty-file", test_empty_file);
  ADD ("binary-file", test_binary_file);
  ADD ("invalid-utf8", test_invalid_utf8);
  ADD ("utf16", test_utf16);
  ADD ("one-gigabyte", test_one_gigabyte);
  ADD ("disappearing-file", test_disappearing_file);
  ADD ("broken-rule-file", test_broken_rule_file);
  ADD ("missing-rule-file", test_missing_rule_file);
  ADD ("broken-meta-table", test_broken_meta_table);
  ADD ("ten-megabyte-line", test_ten_megabyte_line);
  ADD ("long-quotation", test_long_quotation);
  ADD ("unbalanced-quotes", test_unbalanced_quotes);
  ADD ("deeply-nested-quotes", test_deeply_nested_quotes);
  ADD ("symlink-loop", test_symlink_loop);
  ADD ("sql-text-is-inert", test_sql_text_is_inert);
  ADD ("fuzz-regressions", test_fuzz_regressions);
  ADD ("hostile-text-exports", test_hostile_text_exports);
#undef ADD
  return g_test_run ();
}
