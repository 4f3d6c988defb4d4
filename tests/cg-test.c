/* cg-test.c: shared test helpers (see cg-test.h). */
#include "cg-test.h"

#include <glib/gstdio.h>

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static const char *
env_or_die (const char *name)
{
  const char *v = g_getenv (name);
  if (v == NULL)
    g_error ("%s is not set: run the tests through `meson test`", name);
  return v;
}

char *
cg_test_data (const char *name)
{
  return g_build_filename (env_or_die ("CG_TEST_DATA"), name, NULL);
}

char *
cg_test_corpus (const char *name)
{
  return g_build_filename (env_or_die ("CG_SOURCE_ROOT"), "examples", "corpus", name, NULL);
}

char *
cg_test_source (const char *relpath)
{
  return g_build_filename (env_or_die ("CG_SOURCE_ROOT"), relpath, NULL);
}

CgRules *
cg_test_rules (void)
{
  static CgRules *rules;
  if (rules == NULL)
    {
      GError *error = NULL;
      rules = cg_rules_load_dirs (cg_rules_default_dir (), NULL, &error);
      g_assert_no_error (error);
    }
  return rules;
}

CgCorpus *
cg_test_seed_corpus (void)
{
  char *dir = cg_test_source ("examples/corpus");
  char *paths[] = { dir, NULL };
  GError *error = NULL;
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgCorpus *c = cg_pipeline_analyze (p, paths, 1, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  cg_pipeline_free (p);
  g_free (dir);
  return c;
}

CgCorpus *
cg_test_data_corpus (const char *const *names, guint n)
{
  char **paths = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    paths[i] = cg_test_data (names[i]);
  GError *error = NULL;
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgCorpus *c = cg_pipeline_analyze (p, paths, n, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  cg_pipeline_free (p);
  g_strfreev (paths);
  return c;
}

CgArticleResult *
cg_test_process (const char *article_path)
{
  static CgPipeline *pipeline;
  GError *error = NULL;
  if (pipeline == NULL)
    {
      pipeline = cg_pipeline_new (cg_test_rules (), &error);
      g_assert_no_error (error);
    }
  CgArticleResult *r = cg_pipeline_process_file (pipeline, article_path, &error);
  g_assert_no_error (error);
  return r;
}

int
cg_test_run_cli (const char *const *argv, char **out, char **err)
{
  GPtrArray *args = g_ptr_array_new ();
  g_ptr_array_add (args, (gpointer) env_or_die ("CG_CLAIMGRAPH"));
  for (guint i = 0; argv[i]; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);
  int status = 0;
  GError *error = NULL;
  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  g_ptr_array_unref (args);
  if (WIFEXITED (status))
    return WEXITSTATUS (status);
  return 128 + (WIFSIGNALED (status) ? WTERMSIG (status) : 0);
}

/* The directories cg_test_tmpdir() made, removed with all they hold when the
 * test program exits normally.  A test that fails aborts, and atexit
 * handlers do not run then, so a failing test's files stay for a look. */
static GPtrArray *tmpdirs;

void
cg_test_remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_SYMLINK) || !g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_unlink (path);
      return;
    }
  GDir *d = g_dir_open (path, 0, NULL);
  const char *name;
  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      char *child = g_build_filename (path, name, NULL);
      cg_test_remove_tree (child);
      g_free (child);
    }
  if (d != NULL)
    g_dir_close (d);
  g_rmdir (path);
}

static void
remove_tmpdirs (void)
{
  for (guint i = 0; i < tmpdirs->len; i++)
    cg_test_remove_tree (g_ptr_array_index (tmpdirs, i));
  g_ptr_array_unref (tmpdirs);
  tmpdirs = NULL;
}

char *
cg_test_tmpdir (void)
{
  GError *error = NULL;
  char *dir = g_dir_make_tmp ("claimgraph-test-XXXXXX", &error);
  g_assert_no_error (error);
  if (tmpdirs == NULL)
    {
      tmpdirs = g_ptr_array_new_with_free_func (g_free);
      atexit (remove_tmpdirs);
    }
  g_ptr_array_add (tmpdirs, g_strdup (dir));
  return dir;
}

CgAssertion *
cg_test_assertion (GPtrArray *list, const char *article_id, const char *speaker_id, CgAssertionKind kind,
                   const char *text)
{
  CgAssertion *a = cg_assertion_new ();
  a->id = g_strdup_printf ("a%u", list->len + 1);
  a->article_id = g_strdup (article_id);
  a->speaker_id = g_strdup (speaker_id);
  a->kind = kind;
  a->text = g_strdup (text);
  a->polarity = CG_POLARITY_POSITIVE;
  a->stance = CG_STANCE_NEUTRAL;
  a->certainty = CG_CERTAINTY_CERTAIN;
  g_ptr_array_add (list, a);
  return a;
}

CgLink *
cg_test_link_between (GPtrArray *links, const char *from, const char *to)
{
  for (guint i = 0; i < links->len; i++)
    {
      CgLink *k = g_ptr_array_index (links, i);
      if ((strcmp (k->from, from) == 0 && strcmp (k->to, to) == 0)
          || (strcmp (k->from, to) == 0 && strcmp (k->to, from) == 0))
        return k;
    }
  return NULL;
}

GArray *
cg_test_tokenize_stepwise (const char *text, CgSpan span, guint *shortcut)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (CgToken));
  CgTokenizer tz;
  cg_tokenizer_init (&tz, text, span);
  CgToken two[2];
  guint n;
  while ((n = cg_tokenizer_next (&tz, two)) > 0)
    {
      g_array_append_vals (out, two, n);
      if (tz.lower8 == 0)
        continue;
      /* a token taken by a shortcut: its lowered bytes are the token's */
      g_assert_cmpuint (n, ==, 1);
      gsize len = (gsize) (two[0].end - two[0].start);
      g_assert_cmpuint (len, <=, 8);
      char *want = g_ascii_strdown (text + two[0].start, (gssize) len);
      char got[9] = { 0 };
      for (gsize k = 0; k < 8; k++)
        got[k] = (char) (tz.lower8 >> (8 * k));
      g_assert_cmpstr (got, ==, want);
      g_free (want);
      if (shortcut)
        (*shortcut)++;
    }
  return out;
}

CgAssertion *
cg_test_with_cue (CgArticleResult *r, const char *cue)
{
  for (guint i = 0; i < r->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (r->assertions, i);
      if (a->cue_text && strcmp (a->cue_text, cue) == 0)
        return a;
    }
  return NULL;
}

/* Rules over the defaults with a user directory DIR whose FILE is EXTRA;
 * the file is removed again.  Returns a new rule set. */
static CgRules *
rules_with_file (const char *dir, const char *file, const char *extra)
{
  char *user = g_build_filename (dir, file, NULL);
  g_assert_true (g_file_set_contents (user, extra, -1, NULL));
  GError *error = NULL;
  CgRules *rules = cg_rules_load_dirs (cg_rules_default_dir (), dir, &error);
  g_assert_no_error (error);
  g_remove (user);
  g_free (user);
  return rules;
}

static CgRules *
rules_with (const char *dir, const char *extra)
{
  return rules_with_file (dir, "extract.rules", extra);
}

CgRules *
cg_test_rules_with (const char *file, const char *text)
{
  char *dir = cg_test_tmpdir ();
  CgRules *rules = rules_with_file (dir, file, text);
  g_rmdir (dir);
  g_free (dir);
  return rules;
}

CgArticleResult *
cg_test_process_with (const char *path, const char *extra)
{
  char *dir = cg_test_tmpdir ();
  CgRules *rules = rules_with (dir, extra);
  GError *error = NULL;
  CgPipeline *pp = cg_pipeline_new (rules, &error);
  g_assert_no_error (error);
  CgArticleResult *r = cg_pipeline_process_file (pp, path, &error);
  g_assert_no_error (error);
  cg_pipeline_free (pp);
  cg_rules_free (rules);
  g_rmdir (dir);
  g_free (dir);
  return r;
}

char *
cg_test_extractor_error (const char *dir, const char *extra)
{
  CgRules *rules = rules_with (dir, extra);
  GError *error = NULL;
  CgExtractor *x = cg_extractor_new (rules, &error);
  g_assert_null (x);
  cg_rules_free (rules);
  return cg_test_rules_error (error);
}

char *
cg_test_rules_error (GError *error)
{
  g_assert_error (error, CG_ERROR, CG_ERROR_RULES);
  char *msg = g_strdup (error->message);
  g_error_free (error);
  return msg;
}
