/* test-pipeline.c: the stages chained: ids, determinism across thread
 * counts, keep-going over unreadable files, and the seed corpus end to end. */
#include "cg-test.h"

#include <glib/gstdio.h>
#include <string.h>

static CgCorpus *
analyze (char **paths, guint threads, gboolean keep_going, GPtrArray *errors, GError **error)
{
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), error);
  g_assert_nonnull (p);
  CgCorpus *c = cg_pipeline_analyze (p, paths, threads, keep_going, errors, NULL, NULL, error);
  cg_pipeline_free (p);
  return c;
}

/* Everything a user sees, as one string, to compare runs. */
static char *
dump (CgCorpus *c)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < c->assertions->len; i++)
    {
      char *j = cg_assertion_to_json (c, g_ptr_array_index (c->assertions, i));
      g_string_append_printf (s, "%s\n", j);
      g_free (j);
    }
  for (guint i = 0; i < c->speakers->len; i++)
    {
      char *j = cg_speaker_to_json (g_ptr_array_index (c->speakers, i));
      g_string_append_printf (s, "%s\n", j);
      g_free (j);
    }
  for (guint i = 0; i < c->links->len; i++)
    {
      char *j = cg_link_to_json (g_ptr_array_index (c->links, i));
      g_string_append_printf (s, "%s\n", j);
      g_free (j);
    }
  for (guint i = 0; i < c->claims->len; i++)
    {
      char *j = cg_claim_to_json (c, g_ptr_array_index (c->claims, i));
      g_string_append_printf (s, "%s\n", j);
      g_free (j);
    }
  return g_string_free (s, FALSE);
}

static void
test_seed_corpus_ids_and_order (void)
{
  char *dir = cg_test_source ("examples/corpus");
  char *paths[] = { dir, NULL };
  GError *error = NULL;
  CgCorpus *c = analyze (paths, 2, FALSE, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c->articles->len, ==, 5);
  for (guint i = 0; i < c->articles->len; i++)
    {
      CgArticle *a = g_ptr_array_index (c->articles, i);
      char *want = g_strdup_printf ("d%u", i + 1);
      g_assert_cmpstr (a->id, ==, want);
      g_free (want);
      g_assert_cmpuint (strlen (a->sha256), ==, 64);
    }
  /* Files come in sorted order, so d1 is 000_... */
  g_assert_true (g_str_has_suffix (((CgArticle *) g_ptr_array_index (c->articles, 0))->path,
                                   "000_c3594d0c15096988.txt"));
  g_assert_cmpuint (c->assertions->len, >, 50);
  gint64 last_start = -1;
  const char *last_article = NULL;
  for (guint i = 0; i < c->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (c->assertions, i);
      char *want = g_strdup_printf ("a%u", i + 1);
      g_assert_cmpstr (a->id, ==, want);
      g_free (want);
      g_assert_nonnull (cg_corpus_article (c, a->article_id));
      if (a->speaker_id)
        g_assert_nonnull (cg_corpus_speaker (c, a->speaker_id));
      /* Within an article, assertions come in text order. */
      if (g_strcmp0 (last_article, a->article_id) != 0)
        last_start = -1;
      g_assert_cmpint (a->span.start, >=, last_start);
      last_article = a->article_id;
      last_start = a->span.start;
    }
  for (guint i = 0; i < c->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (c->links, i);
      g_assert_nonnull (cg_corpus_assertion (c, l->from));
      g_assert_nonnull (cg_corpus_assertion (c, l->to));
      g_assert_nonnull (l->rule);
    }
  cg_corpus_free (c);
  g_free (dir);
}

static void
test_threads_do_not_change_results (void)
{
  char *dir = cg_test_source ("examples/corpus");
  char *paths[] = { dir, NULL };
  GError *error = NULL;
  CgCorpus *one = analyze (paths, 1, FALSE, NULL, &error);
  g_assert_no_error (error);
  CgCorpus *four = analyze (paths, 4, FALSE, NULL, &error);
  g_assert_no_error (error);
  char *a = dump (one), *b = dump (four);
  g_assert_cmpstr (a, ==, b);
  g_assert_cmpuint (strlen (a), >, 1000);
  g_free (a);
  g_free (b);
  cg_corpus_free (one);
  cg_corpus_free (four);
  g_free (dir);
}

static void
test_keep_going (void)
{
  char *dir = cg_test_tmpdir ();
  char *bad = g_build_filename (dir, "a-bad.txt", NULL);
  char *good = g_build_filename (dir, "b-good.txt", NULL);
  g_assert_true (g_file_set_contents (bad, "\x00\x01\x02", 3, NULL));
  char *seed = cg_test_corpus ("004_df20157698547397.txt");
  char *text = NULL;
  gsize len = 0;
  g_assert_true (g_file_get_contents (seed, &text, &len, NULL));
  g_assert_true (g_file_set_contents (good, text, (gssize) len, NULL));
  char *paths[] = { dir, NULL };
  GError *error = NULL;

  /* Without keep-going the bad file fails the job and is named. */
  CgCorpus *c = analyze (paths, 2, FALSE, NULL, &error);
  g_assert_null (c);
  g_assert_error (error, CG_ERROR, CG_ERROR_INPUT);
  g_assert_nonnull (strstr (error->message, bad));
  g_clear_error (&error);

  GPtrArray *errors = g_ptr_array_new_with_free_func (g_free);
  c = analyze (paths, 2, TRUE, errors, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (c->articles->len, ==, 1);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (errors, 0), bad));
  g_assert_cmpstr (((CgArticle *) g_ptr_array_index (c->articles, 0))->id, ==, "d1");
  cg_corpus_free (c);
  g_ptr_array_unref (errors);
  g_unlink (bad);
  g_unlink (good);
  g_rmdir (dir);
  g_free (bad);
  g_free (good);
  g_free (seed);
  g_free (text);
  g_free (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pipeline/seed-corpus-ids-and-order", test_seed_corpus_ids_and_order);
  g_test_add_func ("/pipeline/threads-do-not-change-results", test_threads_do_not_change_results);
  g_test_add_func ("/pipeline/keep-going", test_keep_going);
  return g_test_run ();
}
