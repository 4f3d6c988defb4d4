/* test-tagger.c: the learned attribution tagger (engine/tagger.c) and its
 * use by the extractor: the shipped model loads, a broken model file is
 * refused with its file and line, a model survives writing and reading,
 * decoding keeps to the BIO rules, and a sentence the patterns leave to
 * the author becomes an attribution with the right spans. */
#include "cg-test.h"

#include <glib/gstdio.h>
#include <string.h>

/* The model file the default rules name. */
static char *
default_model (void)
{
  return g_build_filename (cg_rules_default_dir (), cg_rules_string (cg_test_rules (), "extract", "tagger"), NULL);
}

static void
test_default_model_loads (void)
{
  GError *error = NULL;
  char *path = default_model ();
  CgTagger *t = cg_tagger_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (t);
  g_assert_cmpuint (cg_tagger_bits (t), >=, 8);
  /* the common reporting verbs are among its triggers */
  GPtrArray *tr = cg_tagger_triggers (t);
  gboolean said = FALSE, told = FALSE;
  for (guint i = 0; i < tr->len; i++)
    {
      said |= strcmp (g_ptr_array_index (tr, i), "said") == 0;
      told |= strcmp (g_ptr_array_index (tr, i), "told") == 0;
    }
  g_assert_true (said && told);
  cg_tagger_free (t);
  g_free (path);
}

/* Parse TEXT (LEN bytes) as a model and return the error message (the test fails when it loads). */
static char *
parse_error (const char *text, gsize len)
{
  GError *error = NULL;
  g_assert_null (cg_tagger_parse ("bad.model", text, len, &error));
  return cg_test_rules_error (error);
}

static void
test_broken_model (void)
{
  char *msg = parse_error ("claimgraph-tagger 9\n", 20);
  g_assert_nonnull (strstr (msg, "bad.model:1:"));
  g_free (msg);
  static const char unknown[] = "claimgraph-tagger 2\nbits 8\nfeatures 22\nsize 3\n";
  msg = parse_error (unknown, sizeof unknown - 1);
  g_assert_nonnull (strstr (msg, "bad.model:4:"));
  g_assert_nonnull (strstr (msg, "size 3"));
  g_free (msg);
  /* a model of other features is refused: its weights would mean nothing */
  static const char other[] = "claimgraph-tagger 2\nbits 8\nfeatures 99\n";
  msg = parse_error (other, sizeof other - 1);
  g_assert_nonnull (strstr (msg, "bad.model:3:"));
  g_free (msg);
  static const char nohead[] = "claimgraph-tagger 2\ntrigger said\nweights\n";
  msg = parse_error (nohead, sizeof nohead - 1);
  g_assert_nonnull (strstr (msg, "bad.model:3:"));
  g_free (msg);
  /* the real model cut short in its weights */
  char *path = default_model (), *data;
  gsize len;
  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  msg = parse_error (data, len - 2);
  g_assert_nonnull (strstr (msg, "bad.model:"));
  g_assert_nonnull (strstr (msg, "weights"));
  g_free (msg);
  msg = parse_error (data, 40);
  g_assert_nonnull (strstr (msg, "end of file"));
  g_free (msg);
  g_free (data);
  g_free (path);
}

/* A small model written and read back labels alike. */
static void
test_save_load (void)
{
  const guint bits = 8;
  float *emit = g_new0 (float, (1u << bits) * CG_TAG_N), trans[(CG_TAG_N + 1) * CG_TAG_N] = { 0 };
  GRand *rand = g_rand_new_with_seed (7);
  for (guint k = 0; k < (1u << bits) * CG_TAG_N; k++)
    emit[k] = (float) g_rand_double_range (rand, -1, 1);
  for (guint k = 0; k < G_N_ELEMENTS (trans); k++)
    trans[k] = (float) g_rand_double_range (rand, -1, 1);
  GPtrArray *triggers = g_ptr_array_new ();
  g_ptr_array_add (triggers, "said");
  CgTagger *a = cg_tagger_new (bits, emit, trans, triggers, NULL);
  char *dir = cg_test_tmpdir (), *path = g_build_filename (dir, "small.model", NULL);
  GError *error = NULL;
  g_assert_true (cg_tagger_save (a, path, &error));
  g_assert_no_error (error);
  CgTagger *b = cg_tagger_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cg_tagger_bits (b), ==, bits);
  g_assert_cmpuint (cg_tagger_triggers (b)->len, ==, 1);
  const char *words[] = { "the", "mayor", "said", "the", "budget", "was", "balanced", "." };
  CgTagToken toks[G_N_ELEMENTS (words)];
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    toks[i] = (CgTagToken) { words[i], CG_TAGF_WORD | (strcmp (words[i], "said") == 0 ? CG_TAGF_TRIGGER : 0) };
  guint8 la[G_N_ELEMENTS (words)], lb[G_N_ELEMENTS (words)];
  /* a margin below any score: every sentence with a trigger is decoded */
  g_assert_true (cg_tagger_tag (a, toks, G_N_ELEMENTS (words), -1e9, la, NULL));
  g_assert_true (cg_tagger_tag (b, toks, G_N_ELEMENTS (words), -1e9, lb, NULL));
  g_assert_cmpmem (la, sizeof la, lb, sizeof lb);
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_assert_true (cg_tagger_allowed (i ? la[i - 1] : CG_TAG_N, la[i]));
  /* no trigger word: nothing is decoded */
  toks[2].flags = CG_TAGF_WORD;
  g_assert_false (cg_tagger_tag (b, toks, G_N_ELEMENTS (words), -1e9, lb, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    g_assert_cmpuint (lb[i], ==, CG_TAG_O);
  cg_tagger_free (a);
  cg_tagger_free (b);
  g_ptr_array_unref (triggers);
  g_rand_free (rand);
  g_free (emit);
  g_remove (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
}

/* Viterbi never opens with an I- label nor jumps into one from another field. */
static void
test_viterbi_bio (void)
{
  float emit[4 * CG_TAG_N] = { 0 }, trans[(CG_TAG_N + 1) * CG_TAG_N] = { 0 };
  /* every token prefers I-CUE, the second strongly I-CONTENT */
  for (guint i = 0; i < 4; i++)
    emit[i * CG_TAG_N + CG_TAG_I_CUE] = 5;
  emit[1 * CG_TAG_N + CG_TAG_I_CONTENT] = 20;
  guint8 labels[4];
  cg_tagger_viterbi (emit, trans, 4, labels);
  for (guint i = 0; i < 4; i++)
    g_assert_true (cg_tagger_allowed (i ? labels[i - 1] : CG_TAG_N, labels[i]));
  g_assert_cmpuint (labels[0], !=, CG_TAG_I_CUE);
  g_assert_cmpuint (labels[1], ==, CG_TAG_I_CONTENT);
  g_assert_cmpuint (labels[0], ==, CG_TAG_B_CONTENT);
}

static char *
raw_at (const CgArticle *a, CgSpan span)
{
  g_assert_cmpint (span.start, >=, 0);
  g_assert_cmpint (span.end, <=, (gint64) a->len);
  return g_strndup (a->raw + span.start, (gsize) (span.end - span.start));
}

/* A pipeline over the default rules with EXTRA (extract.rules lines) on
 * top, run on the test file NAME.  Returns a new result. */
static CgArticleResult *
process_with (const char *name, const char *extra)
{
  char *path = cg_test_data (name);
  CgArticleResult *r = cg_test_process_with (path, extra);
  g_free (path);
  return r;
}

/* "Sixty percent said the new buses were worth the cost.": no pattern
 * takes a percentage for a speaker, so the rules alone leave it to the
 * author; the tagger finds speaker, cue and content. */
static void
test_sentence_rules_miss (void)
{
  char *path = cg_test_data ("tagger-levy.txt");
  /* the rules alone: tagger = none in a user extract.rules */
  CgArticleResult *r0 = process_with ("tagger-levy.txt", "tagger = none\n");
  for (guint i = 0; i < r0->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (r0->assertions, i);
      if (strstr (a->text, "new buses"))
        g_assert_cmpint (a->kind, ==, CG_KIND_AUTHOR);
      g_assert_cmpstr (a->rule, !=, "tagger");
    }

  CgArticleResult *r = cg_test_process (path);
  /* (the rules take "Dana Ruiz, 34, a nurse from Tacoma, said ..." before
   * it: the "said" of the buses sentence, not the first one) */
  CgAssertion *a = NULL;
  for (guint i = 0; i < r->assertions->len && a == NULL; i++)
    {
      CgAssertion *b = g_ptr_array_index (r->assertions, i);
      if (b->cue_text && strcmp (b->cue_text, "said") == 0 && strstr (b->text, "new buses"))
        a = b;
    }
  g_assert_nonnull (a);
  g_assert_cmpstr (a->rule, ==, "tagger");
  g_assert_cmpint (a->kind, ==, CG_KIND_INDIRECT);
  g_assert_cmpstr (a->text, ==, "the new buses were worth the cost");
  g_assert_cmpstr (a->source_text, ==, "Sixty percent");
  char *s = raw_at (r->article, a->span), *src = raw_at (r->article, a->source), *cue = raw_at (r->article, a->cue);
  g_assert_cmpstr (s, ==, "the new buses were worth the cost");
  g_assert_cmpstr (src, ==, "Sixty percent");
  g_assert_cmpstr (cue, ==, "said");
  g_free (s);
  g_free (src);
  g_free (cue);
  /* a passive's subject is no speaker: the sentence stays the author's */
  for (guint i = 0; i < r->assertions->len; i++)
    {
      CgAssertion *b = g_ptr_array_index (r->assertions, i);
      if (strstr (b->text, "repair the roofs"))
        g_assert_cmpint (b->kind, ==, CG_KIND_AUTHOR);
    }
  cg_article_result_free (r);
  cg_article_result_free (r0);
  g_free (path);
}

/* The source mention of assertion A as printed. */
static char *
source_of (CgArticleResult *r, const char *content)
{
  for (guint i = 0; i < r->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (r->assertions, i);
      if (strcmp (a->text, content) == 0)
        return raw_at (r->article, a->source);
    }
  g_error ("no assertion \"%s\"", content);
  return NULL;
}

/* tagger_source_max_words = 2: a short mention the patterns cut on the
 * left gets the tagger's longer source span ("Eleven progressive and
 * Muslim organizations"); by default (0) the patterns' mention stays. */
static void
test_extend_sources (void)
{
  char *path = cg_test_data ("tagger-sources.txt");
  CgArticleResult *r = process_with ("tagger-sources.txt", "tagger_source_max_words = 2\n");
  CgArticleResult *r0 = cg_test_process (path);
  static const char *const cases[][3] = {
    { "the tunnel would be late", "Muslim organizations", "Eleven progressive and Muslim organizations" },
    /* the rules' noun-phrase scanner and [source-coordinators] take these
     * whole already ("to" with title=yes in [source-prepositions]) */
    { "the tunnel would open in March", "Aides to the mayor", "Aides to the mayor" },
    { "the transit tax would pass easily in November", "Many suburban Democrats", "Many suburban Democrats" },
    { "the bus routes would be cut next spring", "Both Alvarez and Chen", "Both Alvarez and Chen" },
    { "the new fares would cover the cost of the line", "City transit officials", "City transit officials" },
    /* whole already: left alone */
    { "the new parking meters were driving shoppers away", "Several local business owners",
      "Several local business owners" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      char *before = source_of (r0, cases[k][0]), *after = source_of (r, cases[k][0]);
      g_assert_cmpstr (before, ==, cases[k][1]);
      g_assert_cmpstr (after, ==, cases[k][2]);
      g_free (before);
      g_free (after);
    }
  cg_article_result_free (r);
  cg_article_result_free (r0);
  g_free (path);
}

/* tagger_scope = all labels the sentences the rules took too, opened by
 * a trigger word outside their attributions ("approved"); with
 * tagger_replace_margin low enough its assertion replaces theirs where
 * they share a cue, with the same spans here; by default (misses) the
 * rules' assertion stands. */
static void
test_scope_all (void)
{
  static const char *const content = "the buses were late again";
  CgArticleResult *r0 = process_with ("tagger-scope.txt", "\n");
  CgArticleResult *r1 = process_with ("tagger-scope.txt", "tagger_scope = all\ntagger_min_margin = 0\n");
  CgArticleResult *r2 = process_with ("tagger-scope.txt",
                                      "tagger_scope = all\ntagger_min_margin = 0\ntagger_replace_margin = -1000\n");
  CgArticleResult *rs[] = { r0, r1, r2 };
  static const char *const rule[] = { "source-cue-that", "source-cue-that", "tagger" };
  for (guint k = 0; k < G_N_ELEMENTS (rs); k++)
    {
      CgAssertion *a = cg_test_with_cue (rs[k], "complained");
      g_assert_nonnull (a);
      g_assert_cmpstr (a->rule, ==, rule[k]);
      g_assert_cmpstr (a->text, ==, content);
      char *src = raw_at (rs[k]->article, a->source);
      g_assert_cmpstr (src, ==, "residents");
      g_free (src);
      /* the rules' sentence: the tagger adds its other attribution only in scope all */
      CgAssertion *b = cg_test_with_cue (rs[k], "approved");
      if (k == 0)
        g_assert_null (b);
      else
        {
          g_assert_nonnull (b);
          g_assert_cmpstr (b->rule, ==, "tagger");
          g_assert_cmpstr (b->source_text, ==, "The board");
        }
    }
  for (guint k = 0; k < G_N_ELEMENTS (rs); k++)
    cg_article_result_free (rs[k]);
}

/* A tagger_scope the extractor does not know is an error naming the file
 * and line. */
static void
test_scope_bad (void)
{
  char *dir = cg_test_tmpdir ();
  char *msg = cg_test_extractor_error (dir, "# scope\ntagger_scope = everywhere\n");
  g_assert_nonnull (strstr (msg, "extract.rules:2"));
  g_assert_nonnull (strstr (msg, "everywhere"));
  g_free (msg);
  g_rmdir (dir);
  g_free (dir);
}

/* A model named by the rules but missing is an error naming it, not
 * silently no tagger. */
static void
test_missing_model (void)
{
  char *dir = cg_test_tmpdir ();
  char *msg = cg_test_extractor_error (dir, "tagger = nowhere.model\n");
  g_assert_nonnull (strstr (msg, "nowhere.model"));
  g_free (msg);
  g_rmdir (dir);
  g_free (dir);
}

/* A user's extract.rules may name the shipped model by its bare name
 * ("tagger = tagger.model") without copying it into its own directory:
 * the tagger loads and finds what the default rules find. */
static void
test_shipped_model_by_name (void)
{
  CgArticleResult *r = process_with ("tagger-levy.txt", "tagger = tagger.model\n");
  gboolean found = FALSE;
  for (guint i = 0; i < r->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (r->assertions, i);
      if (g_strcmp0 (a->rule, "tagger") == 0 && g_strcmp0 (a->source_text, "Sixty percent") == 0)
        found = TRUE;
    }
  g_assert_true (found);
  cg_article_result_free (r);
}

/* Sentences of PolNeAR's train split the model of 704d633 (no word
 * classes) left to the author or cut wrong ("has resisted calls from
 * some" for a cue), at its margin 1: with the word classes the tagger
 * gets their cue and content as annotated (the last two are under the
 * default margin, 1.2). */
static void
test_train_sentences (void)
{
  CgArticleResult *r = process_with ("tagger-train.txt", "tagger_min_margin = 1\n");
  static const char *const cases[][3] = {
    { "calls saying", "shots have been fired inside the Inland Regional Center", NULL },
    { "has resisted", "calls from some other Republican power brokers to drop out of the race", "He" },
    { "learned", "their candidate had won South Carolina’s GOP primary", "they" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      CgAssertion *a = cg_test_with_cue (r, cases[k][0]);
      g_assert_nonnull (a);
      g_assert_cmpstr (a->rule, ==, "tagger");
      g_assert_cmpint (a->kind, ==, CG_KIND_INDIRECT);
      g_assert_cmpstr (a->text, ==, cases[k][1]);
      if (cases[k][2])
        g_assert_cmpstr (a->source_text, ==, cases[k][2]);
    }
  cg_article_result_free (r);
}

/* A sentence cg_tagger_tag() decodes gets its words' hashes, suffixes and
 * classes all at once (context_fill() in tagger.c), not as each feature
 * first reads them: on the seed articles' sentences (margin -1e9, so each
 * with a trigger word is decoded) its labels are those of
 * cg_tagger_tag_range() over the whole sentence, which reads them one by
 * one. */
static void
test_full_pass_same (void)
{
  GError *error = NULL;
  char *path = default_model ();
  CgTagger *t = cg_tagger_load (path, &error);
  g_assert_no_error (error);
  CgSegmenter *seg = cg_segmenter_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  CgExtractor *x = cg_extractor_new (cg_test_rules (), &error);
  g_assert_no_error (error);
  const char *seeds[] = { "000_c3594d0c15096988.txt", "001_0db92d2809385ea2.txt", "002_949dcb43ef4cc554.txt" };
  guint decoded = 0, labelled = 0;
  for (guint k = 0; k < G_N_ELEMENTS (seeds); k++)
    {
      char *file = cg_test_corpus (seeds[k]);
      CgArticle *art = cg_article_new ();
      art->id = g_strdup (seeds[k]);
      if (!g_file_get_contents (file, &art->text, &art->len, NULL))
        g_error ("cannot read %s", file);
      art->raw = g_strdup (art->text);
      CgSegments *s = cg_segmenter_run (seg, art->text, art->len);
      CgTagDoc *doc = cg_extractor_tag_doc (x, art, s);
      const CgTagToken *toks = (const CgTagToken *) (const void *) doc->tokens->data;
      for (guint u = 0; u + 1 < doc->sentences->len; u++)
        {
          guint a = g_array_index (doc->sentences, guint, u), n = g_array_index (doc->sentences, guint, u + 1) - a;
          guint8 *la = g_new (guint8, n), *lb = g_new0 (guint8, n);
          if (cg_tagger_tag (t, toks + a, n, -1e9, la, NULL))
            {
              cg_tagger_tag_range (t, toks + a, n, 0, n, lb);
              g_assert_cmpmem (la, n, lb, n);
              decoded++;
              for (guint i = 0; i < n; i++)
                labelled += la[i] != CG_TAG_O;
            }
          g_free (la);
          g_free (lb);
        }
      cg_tag_doc_free (doc);
      cg_segments_free (s);
      cg_article_free (art);
      g_free (file);
    }
  /* the seeds' sentences with a reporting verb, and labels to compare */
  g_assert_cmpuint (decoded, >, 20);
  g_assert_cmpuint (labelled, >, 100);
  cg_extractor_free (x);
  cg_segmenter_free (seg);
  cg_tagger_free (t);
  g_free (path);
}

/* Parse TEXT as a clusters file and return the error message. */
static char *
clusters_error (const char *text)
{
  GError *error = NULL;
  g_assert_null (cg_tag_clusters_parse ("bad.txt", text, strlen (text), &error));
  return cg_test_rules_error (error);
}

/* A broken clusters file is refused with its file and line; a model
 * whose clusters file is missing or not the one it was trained with is
 * refused naming it; the shipped classes put "said" with "argued". */
static void
test_clusters (void)
{
  /* each broken file and the line its error names; the last two, two
   * blanks with nothing between them and a word alone, have no three
   * fields once the line is cut at its blanks in place */
  static const struct { const char *text, *at; } broken[] = {
    { "claimgraph-clusters 2\n", "bad.txt:1:" },
    { "claimgraph-clusters 1\n# comment\nsaid 3 1\ntold three 1\n", "bad.txt:4:" },
    { "claimgraph-clusters 1\nsaid 3 1 9\n", "bad.txt:2:" },
    { "claimgraph-clusters 1\nsaid 70000 1\n", "bad.txt:2:" },
    { "claimgraph-clusters 1\nsaid 3 1\ntold  1\n", "bad.txt:3:" },
    { "claimgraph-clusters 1\nsaid 3 1\ntold\n", "bad.txt:3:" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (broken); k++)
    {
      char *msg = clusters_error (broken[k].text);
      if (strstr (msg, broken[k].at) == NULL)
        g_error ("\"%s\" does not name %s", msg, broken[k].at);
      g_free (msg);
    }

  /* a small model with classes, written beside its clusters file */
  static const char classes[] = "claimgraph-clusters 1\nsaid 0 0\ntold 0 0\nmayor 1 0\n";
  GError *error = NULL;
  CgTagClusters *c = cg_tag_clusters_parse ("small.txt", classes, sizeof classes - 1, &error);
  g_assert_no_error (error);
  guint fine, coarse;
  g_assert_true (cg_tag_clusters_lookup (c, "mayor", &fine, &coarse));
  g_assert_cmpuint (fine, ==, 1);
  g_assert_false (cg_tag_clusters_lookup (c, "budget", &fine, &coarse));
  const guint bits = 8;
  float *emit = g_new0 (float, (1u << bits) * CG_TAG_N), trans[(CG_TAG_N + 1) * CG_TAG_N] = { 0 };
  emit[3] = 1;
  GPtrArray *triggers = g_ptr_array_new ();
  g_ptr_array_add (triggers, "said");
  CgTagger *t = cg_tagger_new (bits, emit, trans, triggers, c);
  char *dir = cg_test_tmpdir (), *path = g_build_filename (dir, "small.model", NULL);
  char *cpath = g_build_filename (dir, "small.txt", NULL);
  g_assert_true (cg_tagger_save (t, path, &error));
  g_assert_no_error (error);
  /* no clusters file beside it */
  g_assert_null (cg_tagger_load (path, &error));
  char *msg = cg_test_rules_error (error);
  g_assert_nonnull (strstr (msg, "small.txt"));
  g_free (msg);
  /* another clusters file of the same name */
  error = NULL;
  g_assert_true (g_file_set_contents (cpath, "claimgraph-clusters 1\nsaid 0 0\n", -1, NULL));
  g_assert_null (cg_tagger_load (path, &error));
  msg = cg_test_rules_error (error);
  g_assert_nonnull (strstr (msg, "small.model"));
  g_assert_nonnull (strstr (msg, "retrain"));
  g_free (msg);
  /* the one it was trained with */
  error = NULL;
  g_assert_true (g_file_set_contents (cpath, classes, -1, NULL));
  CgTagger *u = cg_tagger_load (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (cg_tagger_clusters (u));
  cg_tagger_free (u);
  cg_tagger_free (t);
  cg_tag_clusters_free (c);
  g_ptr_array_unref (triggers);
  g_free (emit);
  g_remove (path);
  g_remove (cpath);
  g_rmdir (dir);
  g_free (path);
  g_free (cpath);
  g_free (dir);

  /* the shipped model's classes, learned from news without labels */
  char *mpath = default_model ();
  CgTagger *m = cg_tagger_load (mpath, &error);
  g_assert_no_error (error);
  const CgTagClusters *sc = cg_tagger_clusters (m);
  g_assert_nonnull (sc);
  guint f1, c1, f2, c2;
  g_assert_true (cg_tag_clusters_lookup (sc, "said", &f1, &c1));
  g_assert_true (cg_tag_clusters_lookup (sc, "argued", &f2, &c2));
  g_assert_cmpuint (f1, ==, f2);
  g_assert_true (cg_tag_clusters_lookup (sc, "spokeswoman", &f2, &c2));
  g_assert_cmpuint (f1, !=, f2);
  cg_tagger_free (m);
  g_free (mpath);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/tagger/default-model-loads", test_default_model_loads);
  g_test_add_func ("/tagger/broken-model", test_broken_model);
  g_test_add_func ("/tagger/save-load", test_save_load);
  g_test_add_func ("/tagger/viterbi-bio", test_viterbi_bio);
  g_test_add_func ("/tagger/sentence-rules-miss", test_sentence_rules_miss);
  g_test_add_func ("/tagger/extend-sources", test_extend_sources);
  g_test_add_func ("/tagger/missing-model", test_missing_model);
  g_test_add_func ("/tagger/shipped-model-by-name", test_shipped_model_by_name);
  g_test_add_func ("/tagger/scope-all", test_scope_all);
  g_test_add_func ("/tagger/scope-bad", test_scope_bad);
  g_test_add_func ("/tagger/train-sentences", test_train_sentences);
  g_test_add_func ("/tagger/clusters", test_clusters);
  g_test_add_func ("/tagger/full-pass-same", test_full_pass_same);
  return g_test_run ();
}
