/* train.c: cg-train, the learned attribution tagger trained on brat
 * standoff annotations (PolNeAR's train split).
 *
 *     cg-train [--rules DIR] [--epochs N] [--bits B] [--clusters FILE]
 *              [--holdout K [--holdout-list FILE]] -o MODEL TEXT_DIR ANN_DIR
 *
 * Every article is read, segmented and tokenized exactly as the extractor
 * does (cg_extractor_tag_doc); its tokens get the BIO labels of the
 * annotated Source, Cue and Content spans (one annotator per article, the
 * first in name order, as cg-eval reads them).  The trigger words are the
 * words annotated as part of a cue at least --min-count times and in at
 * least --min-share of their occurrences; the extractor runs the tagger
 * only on sentences holding one.  Then an averaged structured perceptron
 * is trained for --epochs passes over the sentences in a fixed shuffled
 * order, and the model is written to MODEL (format in rules/README.md).
 * --clusters names word classes (bench/clusters.c) the features read;
 * the model records the file's name and sum, and loads it from beside
 * itself.
 *
 * --holdout K leaves every K-th article (by name) out of training and
 * writes their names to --holdout-list, for measuring on a part of the
 * training split (bench/holdout.sh runs cg-eval on those files); it also
 * prints the model's own exact-span precision, recall and F1 of sources,
 * cues and contents on the held-out sentences, every sentence decoded (the
 * tagger alone, per sentence and field, not paired with its cue nor gated
 * as the extractor uses it: far above what it scores through the
 * extractor).  Refused on a directory named like a test split.  The rules
 * are read with the tagger off: training needs no model.
 */
#include "claimgraph.h"
#include "brat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static gint
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

typedef struct {
  CgTagDoc *doc;
  guint8   *gold;   /* per token */
  gboolean  held;   /* left out of training (--holdout): only measured */
} Article;

/* The gold labels of DOC's tokens from the .ann file at ANN_PATH; RAW is
 * the article's bytes.  Returns a new array of DOC's token count. */
static guint8 *
gold_labels (const char *ann_path, const char *raw, gsize len, const CgTagDoc *doc, GError **error)
{
  GPtrArray *attrs = cg_brat_read (ann_path, error);
  if (attrs == NULL)
    return NULL;
  glong *b2c = cg_brat_byte_to_char (raw, len, NULL, NULL);
  guint nt = doc->tokens->len;
  /* per token: the attribution (1-based) and field holding its first char */
  guint *attr = g_new0 (guint, nt + 1);
  guint8 *field = g_new0 (guint8, nt + 1);
  static const guint8 role_tag[] = { [CG_BRAT_SOURCE] = CG_TAG_B_SOURCE, [CG_BRAT_CUE] = CG_TAG_B_CUE,
                                     [CG_BRAT_CONTENT] = CG_TAG_B_CONTENT };
  for (guint n_attr = 1; n_attr <= attrs->len; n_attr++)
    {
      GArray *args = g_ptr_array_index (attrs, n_attr - 1);
      for (guint j = 0; j < args->len; j++)
        {
          const CgBratArg *arg = &g_array_index (args, CgBratArg, j);
          guint8 fl = role_tag[arg->role];
          for (guint k = 0; k + 1 < arg->ranges->len; k += 2)
            {
              gint64 a = g_array_index (arg->ranges, gint64, k), b = g_array_index (arg->ranges, gint64, k + 1);
              if (a < 0 || b <= a)
                continue;
              for (guint t = 0; t < nt; t++)
                {
                  CgSpan sp = g_array_index (doc->spans, CgSpan, t);
                  glong tc = b2c[sp.start];
                  if (tc >= a && tc < b && attr[t] == 0)
                    {
                      attr[t] = n_attr;
                      field[t] = fl;
                    }
                }
            }
        }
    }
  guint8 *gold = g_new0 (guint8, nt + 1);
  for (guint s = 0; s + 1 < doc->sentences->len; s++)
    {
      guint a = g_array_index (doc->sentences, guint, s), b = g_array_index (doc->sentences, guint, s + 1);
      for (guint t = a; t < b; t++)
        {
          if (attr[t] == 0)
            continue;
          gboolean cont = t > a && attr[t - 1] == attr[t] && field[t - 1] == field[t];
          gold[t] = (guint8) (field[t] + (cont ? 1 : 0));
        }
    }
  g_ptr_array_unref (attrs);
  g_free (attr);
  g_free (field);
  g_free (b2c);
  return gold;
}

typedef struct {
  float   *w;       /* weights */
  double  *u;       /* the averaging sums: updates weighted by their step */
} Params;

static inline void
bump (Params *p, gsize k, float d, double step)
{
  p->w[k] += d;
  p->u[k] += step * d;
}

/* The labelled spans of LABELS (N) as (field, start, end) triples into OUT. */
static void
spans_of (const guint8 *labels, guint n, GArray *out)
{
  g_array_set_size (out, 0);
  for (guint i = 0; i < n; i++)
    if (labels[i] == CG_TAG_B_SOURCE || labels[i] == CG_TAG_B_CUE || labels[i] == CG_TAG_B_CONTENT)
      {
        guint e = i + 1;
        while (e < n && labels[e] == labels[i] + 1)
          e++;
        guint sp[3] = { labels[i], i, e };
        g_array_append_vals (out, sp, 3);
      }
}

/* Exact-span precision, recall and F1 per field of the held-out articles,
 * every sentence decoded with the final weights (the tagger alone, no
 * gate): the model's own quality, apart from how the extractor uses it. */
static void
held_out_scores (GArray *arts, guint bits, const CgTagClusters *clusters, const float *emit, const float *trans)
{
  guint tp[CG_TAG_N] = { 0 }, np[CG_TAG_N] = { 0 }, ng[CG_TAG_N] = { 0 };
  GArray *gs = g_array_new (FALSE, FALSE, sizeof (guint)), *ps = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint k = 0; k < arts->len; k++)
    {
      Article *art = &g_array_index (arts, Article, k);
      if (!art->held)
        continue;
      for (guint s = 0; s + 1 < art->doc->sentences->len; s++)
        {
          guint a = g_array_index (art->doc->sentences, guint, s), b = g_array_index (art->doc->sentences, guint, s + 1);
          guint n = b - a;
          if (n == 0)
            continue;
          guint32 *f = g_new (guint32, (gsize) n * CG_TAGGER_NF);
          float *sc = g_new0 (float, (gsize) n * CG_TAG_N);
          guint8 *pred = g_new (guint8, n);
          cg_tagger_features (bits, clusters, &g_array_index (art->doc->tokens, CgTagToken, a), n, f);
          for (guint i = 0; i < n; i++)
            for (guint q = 0; q < CG_TAGGER_NF; q++)
              for (guint c = 0; c < CG_TAG_N; c++)
                sc[i * CG_TAG_N + c] += emit[(gsize) f[i * CG_TAGGER_NF + q] * CG_TAG_N + c];
          cg_tagger_viterbi (sc, trans, n, pred);
          spans_of (art->gold + a, n, gs);
          spans_of (pred, n, ps);
          for (guint i = 0; i < gs->len; i += 3)
            ng[g_array_index (gs, guint, i)]++;
          for (guint j = 0; j < ps->len; j += 3)
            {
              np[g_array_index (ps, guint, j)]++;
              for (guint i = 0; i < gs->len; i += 3)
                if (memcmp (&g_array_index (gs, guint, i), &g_array_index (ps, guint, j), 3 * sizeof (guint)) == 0)
                  tp[g_array_index (ps, guint, j)]++;
            }
          g_free (f);
          g_free (sc);
          g_free (pred);
        }
    }
  static const char *const names[] = { "", "source", "", "cue", "", "content" };
  for (guint c = CG_TAG_B_SOURCE; c <= CG_TAG_B_CONTENT; c += 2)
    {
      double p = np[c] ? (double) tp[c] / np[c] : 0, r = ng[c] ? (double) tp[c] / ng[c] : 0;
      fprintf (stderr, "cg-train: held out, tagger alone, %-7s exact P %.3f R %.3f F1 %.3f\n", names[c], p, r,
               p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
  g_array_unref (gs);
  g_array_unref (ps);
}

int
main (int argc, char **argv)
{
  char *rules_dir = NULL, *out_path = NULL, *holdout_list = NULL, *clusters_path = NULL;
  gint epochs = 15, bits = 15, holdout = 0, min_count = 3;
  double min_share = 0.4;
  GOptionEntry entries[] = {
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, "User rule directory", "DIR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Model file to write", "MODEL" },
    { "epochs", 0, 0, G_OPTION_ARG_INT, &epochs, "Passes over the training sentences (15)", "N" },
    { "bits", 0, 0, G_OPTION_ARG_INT, &bits, "Feature buckets: 2^B (15)", "B" },
    { "holdout", 0, 0, G_OPTION_ARG_INT, &holdout, "Leave every K-th article out (0: none)", "K" },
    { "holdout-list", 0, 0, G_OPTION_ARG_FILENAME, &holdout_list, "Write the left-out article names here", "FILE" },
    { "clusters", 0, 0, G_OPTION_ARG_FILENAME, &clusters_path, "Word classes (cg-clusters) for the features; "
      "the model names the file, which must sit beside it", "FILE" },
    { "min-count", 0, 0, G_OPTION_ARG_INT, &min_count, "A trigger word is a cue at least N times (3)", "N" },
    { "min-share", 0, 0, G_OPTION_ARG_DOUBLE, &min_share, "... and in at least this share of its uses (0.4)", "X" },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };
  GOptionContext *ctx = g_option_context_new ("TEXT_DIR ANN_DIR");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 3 || out_path == NULL
      || bits < 8 || bits > 24 || epochs < 1)
    return cg_brat_usage (ctx, error, "usage: cg-train [--rules DIR] [--epochs N] [--bits B] [--holdout K] "
                          "-o MODEL TEXT_DIR ANN_DIR");
  g_option_context_free (ctx);
  /* training needs no model, and the one the rules name may be of a
   * version this build refuses */
  CgBratTrainer tr;
  int status = cg_brat_trainer_open (&tr, "cg-train", rules_dir, "tagger = none", argv[1], argv[2]);
  if (status != 0)
    return status;

  CgTagClusters *clusters = NULL;
  if (clusters_path && !(clusters = cg_tag_clusters_load (clusters_path, &error)))
    {
      fprintf (stderr, "cg-train: %s\n", error->message);
      g_clear_error (&error);
      cg_brat_trainer_close (&tr);
      return 1;
    }
  clock_t c0 = clock ();
  GArray *arts = g_array_new (FALSE, FALSE, sizeof (Article));
  FILE *hl = holdout_list ? fopen (holdout_list, "w") : NULL;
  if (holdout_list && hl == NULL)
    {
      fprintf (stderr, "cg-train: %s: cannot write\n", holdout_list);
      return 1;
    }
  for (guint i = 0; i < tr.pairs->len; i++)
    {
      const CgBratPair *pair = g_ptr_array_index (tr.pairs, i);
      gboolean held = cg_brat_held_out (i, holdout);
      if (held && hl)
        fprintf (hl, "%s\n", pair->base);
      CgArticle *a = cg_reader_read_file (tr.reader, pair->txt_path, &error);
      if (a)
        {
          CgSegments *s = cg_segmenter_run (tr.seg, a->text, a->len);
          CgTagDoc *doc = cg_extractor_tag_doc (tr.x, a, s);
          guint8 *gold = gold_labels (pair->ann_path, a->raw, a->len, doc, &error);
          if (gold)
            {
              Article art = { doc, gold, held };
              g_array_append_val (arts, art);
            }
          else
            cg_tag_doc_free (doc);
          cg_segments_free (s);
          cg_article_free (a);
        }
      if (error)
        {
          fprintf (stderr, "cg-train: %s (skipped)\n", error->message);
          g_clear_error (&error);
        }
    }
  if (hl)
    fclose (hl);

  /* trigger words: counted over word tokens */
  GHashTable *total = g_hash_table_new (g_str_hash, g_str_equal), *as_cue = g_hash_table_new (g_str_hash, g_str_equal);
  guint64 n_tokens = 0, n_sent = 0;
  for (guint k = 0; k < arts->len; k++)
    {
      Article *art = &g_array_index (arts, Article, k);
      if (art->held)
        continue;
      n_tokens += art->doc->tokens->len;
      n_sent += art->doc->sentences->len - 1;
      for (guint t = 0; t < art->doc->tokens->len; t++)
        {
          CgTagToken *tk = &g_array_index (art->doc->tokens, CgTagToken, t);
          if (!(tk->flags & CG_TAGF_WORD))
            continue;
          g_hash_table_insert (total, (gpointer) tk->word,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (total, tk->word)) + 1));
          if (art->gold[t] == CG_TAG_B_CUE || art->gold[t] == CG_TAG_I_CUE)
            g_hash_table_insert (as_cue, (gpointer) tk->word,
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (as_cue, tk->word)) + 1));
        }
    }
  GPtrArray *triggers = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key, val;
  g_hash_table_iter_init (&it, as_cue);
  while (g_hash_table_iter_next (&it, &key, &val))
    {
      guint nc = GPOINTER_TO_UINT (val), nt = GPOINTER_TO_UINT (g_hash_table_lookup (total, key));
      if (nc >= (guint) min_count && nc >= min_share * nt)
        g_ptr_array_add (triggers, key);
    }
  g_ptr_array_sort (triggers, by_name);
  GHashTable *tset = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < triggers->len; i++)
    g_hash_table_add (tset, g_ptr_array_index (triggers, i));
  for (guint k = 0; k < arts->len; k++)
    {
      Article *art = &g_array_index (arts, Article, k);
      for (guint t = 0; t < art->doc->tokens->len; t++)
        {
          CgTagToken *tk = &g_array_index (art->doc->tokens, CgTagToken, t);
          tk->flags &= ~(guint) CG_TAGF_TRIGGER;
          if (g_hash_table_contains (tset, tk->word))
            tk->flags |= CG_TAGF_TRIGGER;
        }
    }
  guint n_train = 0;
  for (guint k = 0; k < arts->len; k++)
    n_train += !g_array_index (arts, Article, k).held;
  fprintf (stderr, "cg-train: %u articles (%u held out), %" G_GUINT64_FORMAT " sentences, %" G_GUINT64_FORMAT
           " tokens, %u trigger words; read in %.1f s\n", n_train, arts->len - n_train, n_sent, n_tokens, triggers->len,
           (double) (clock () - c0) / CLOCKS_PER_SEC);

  /* the sentences, with their features computed once */
  typedef struct { guint art, s, e; guint32 *feats; } Sent;
  GArray *sents = g_array_new (FALSE, FALSE, sizeof (Sent));
  for (guint k = 0; k < arts->len; k++)
    {
      Article *art = &g_array_index (arts, Article, k);
      if (art->held)
        continue;
      for (guint s = 0; s + 1 < art->doc->sentences->len; s++)
        {
          Sent st = { k, g_array_index (art->doc->sentences, guint, s), g_array_index (art->doc->sentences, guint, s + 1), NULL };
          if (st.e <= st.s)
            continue;
          st.feats = g_new (guint32, (gsize) (st.e - st.s) * CG_TAGGER_NF);
          cg_tagger_features ((guint) bits, clusters, &g_array_index (art->doc->tokens, CgTagToken, st.s), st.e - st.s, st.feats);
          g_array_append_val (sents, st);
        }
    }
  gsize rows = (gsize) 1 << bits;
  Params emit = { g_new0 (float, rows * CG_TAG_N), g_new0 (double, rows * CG_TAG_N) };
  Params trans = { g_new0 (float, (CG_TAG_N + 1) * CG_TAG_N), g_new0 (double, (CG_TAG_N + 1) * CG_TAG_N) };
  guint *order = g_new (guint, sents->len + 1);
  for (guint i = 0; i < sents->len; i++)
    order[i] = i;
  GRand *rand = g_rand_new_with_seed (20161108);
  double step = 1;
  float *sc = NULL;
  guint8 *pred = NULL;
  guint cap = 0;
  for (gint ep = 0; ep < epochs; ep++)
    {
      for (guint i = sents->len; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, (gint32) i);
          guint t = order[i - 1];
          order[i - 1] = order[j];
          order[j] = t;
        }
      guint64 errors = 0;
      for (guint oi = 0; oi < sents->len; oi++)
        {
          Sent *st = &g_array_index (sents, Sent, order[oi]);
          Article *art = &g_array_index (arts, Article, st->art);
          guint n = st->e - st->s;
          if (n > cap)
            {
              cap = MAX (n, 2 * cap);
              sc = g_renew (float, sc, (gsize) cap * CG_TAG_N);
              pred = g_renew (guint8, pred, cap);
            }
          for (guint i = 0; i < n; i++)
            {
              float *e = sc + (gsize) i * CG_TAG_N;
              for (guint c = 0; c < CG_TAG_N; c++)
                e[c] = 0;
              const guint32 *f = st->feats + (gsize) i * CG_TAGGER_NF;
              for (guint k = 0; k < CG_TAGGER_NF; k++)
                for (guint c = 0; c < CG_TAG_N; c++)
                  e[c] += emit.w[(gsize) f[k] * CG_TAG_N + c];
            }
          cg_tagger_viterbi (sc, trans.w, n, pred);
          const guint8 *gold = art->gold + st->s;
          for (guint i = 0; i < n; i++)
            {
              guint gp = i ? gold[i - 1] : CG_TAG_N, pp = i ? pred[i - 1] : CG_TAG_N;
              if (gold[i] != pred[i])
                {
                  errors++;
                  const guint32 *f = st->feats + (gsize) i * CG_TAGGER_NF;
                  for (guint k = 0; k < CG_TAGGER_NF; k++)
                    {
                      bump (&emit, (gsize) f[k] * CG_TAG_N + gold[i], 1, step);
                      bump (&emit, (gsize) f[k] * CG_TAG_N + pred[i], -1, step);
                    }
                }
              if (gold[i] != pred[i] || gp != pp)
                {
                  bump (&trans, gp * CG_TAG_N + gold[i], 1, step);
                  bump (&trans, pp * CG_TAG_N + pred[i], -1, step);
                }
            }
          step++;
        }
      fprintf (stderr, "cg-train: epoch %d: %" G_GUINT64_FORMAT " token errors (%.2f%%), %.1f s\n", ep + 1, errors,
               100.0 * errors / (n_tokens ? n_tokens : 1), (double) (clock () - c0) / CLOCKS_PER_SEC);
    }
  /* the average over all steps: w - u / step */
  for (gsize k = 0; k < rows * CG_TAG_N; k++)
    emit.w[k] = (float) (emit.w[k] - emit.u[k] / step);
  for (gsize k = 0; k < (CG_TAG_N + 1) * CG_TAG_N; k++)
    trans.w[k] = (float) (trans.w[k] - trans.u[k] / step);
  if (holdout > 0)
    held_out_scores (arts, (guint) bits, clusters, emit.w, trans.w);
  CgTagger *model = cg_tagger_new ((guint) bits, emit.w, trans.w, triggers, clusters);
  int rc = 0;
  if (!cg_tagger_save (model, out_path, &error))
    {
      fprintf (stderr, "cg-train: %s\n", error->message);
      g_clear_error (&error);
      rc = 1;
    }
  else
    fprintf (stderr, "cg-train: wrote %s (%.1f s of CPU)\n", out_path, (double) (clock () - c0) / CLOCKS_PER_SEC);
  cg_tagger_free (model);
  cg_tag_clusters_free (clusters);
  g_free (clusters_path);
  for (guint i = 0; i < sents->len; i++)
    g_free (g_array_index (sents, Sent, i).feats);
  g_array_unref (sents);
  for (guint k = 0; k < arts->len; k++)
    {
      cg_tag_doc_free (g_array_index (arts, Article, k).doc);
      g_free (g_array_index (arts, Article, k).gold);
    }
  g_array_unref (arts);
  g_free (emit.w);
  g_free (emit.u);
  g_free (trans.w);
  g_free (trans.u);
  g_free (order);
  g_free (sc);
  g_free (pred);
  g_rand_free (rand);
  g_hash_table_unref (tset);
  g_ptr_array_unref (triggers);
  g_hash_table_unref (total);
  g_hash_table_unref (as_cue);
  cg_brat_trainer_close (&tr);
  g_free (rules_dir);
  g_free (out_path);
  g_free (holdout_list);
  return rc;
}
