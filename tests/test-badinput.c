/* test-badinput.c: the bad-input matrix.  Each hostile or broken input
 * gets its expected message (naming the file, and the position where there
 * is one) and exit status, and leaves nothing in the store; inputs that are
 * merely odd (a 10 MB line, 10,000 stray quotes, deep nesting, a symlink
 * loop) are read in bounded time and memory. */
#include "cg-test.h"

#include <glib/gstdio.h>
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
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }
  GDir *d = g_dir_open (path, 0, NULL);
  const char *n;
  while (d && (n = g_dir_read_name (d)) != NULL)
    {
      char *child = g_build_filename (path, n, NULL);
      remove_tree (child);
      g_free (child);
    }
  if (d)
    g_dir_close (d);
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  (void) data;
  remove_tree (f->dir);
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
  ADD ("ten-megabyte-line", test_ten_megabyte_line);
  ADD ("unbalanced-quotes", test_unbalanced_quotes);
  ADD ("deeply-nested-quotes", test_deeply_nested_quotes);
  ADD ("symlink-loop", test_symlink_loop);
  ADD ("sql-text-is-inert", test_sql_text_is_inert);
#undef ADD
  return g_test_run ();
}
