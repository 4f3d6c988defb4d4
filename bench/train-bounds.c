/* train-bounds.c: cg-train-bounds, the learned chooser of content bounds
 * (engine/bounds.c) trained on brat standoff annotations (PolNeAR's train
 * split).
 *
 *     cg-train-bounds [--rules DIR] [--epochs N] [--bits B] [--holdout K]
 *                     [--short-cost X] -o MODEL TEXT_DIR ANN_DIR
 *
 * Every article is read, segmented and extracted as claimgraph does, with
 * extract.rules "bounds = none" (the rules' own bounds); each indirect
 * assertion whose cue has the bounds of an annotated cue and whose content
 * overlaps that attribution's content is an example: the window of its
 * sentences as the extractor builds it for the chooser, the rules'
 * content, and the annotated start and end (blanks and punctuation at the
 * edges ignored, as cg-eval compares them; "that" before a content
 * counted in it, as cg-eval does; where no candidate is the annotated
 * bound, as past the sentences, the nearest one in characters stands for
 * it, so the model learns to stay close).  An averaged perceptron then
 * ranks each example's candidate boundaries (cg_bounds_candidates()) for
 * --epochs passes in a fixed shuffled order (an update for an end before
 * the annotated one weighs --short-cost, 1 by default), and the model is
 * written to MODEL (format in rules/README.md).
 *
 * --holdout K leaves every K-th article (by name, as cg-train counts
 * them) out of training and prints, on its examples, how often the rules'
 * bounds and the model's are the annotated ones.  Refused on a directory
 * named like a test split.
 */
#include "claimgraph.h"
#include "brat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* One side of one example: its candidates' features and the annotated one. */
typedef struct {
  guint    n_cand;
  guint    gold;       /* index into the candidates */
  guint    rules;      /* the rules' own candidate */
  guint32 *feats;      /* n_cand x CG_BOUNDS_NF */
  gboolean held;
  int      side;       /* CgBoundsSide */
  gboolean nearest;    /* the annotated bound is no candidate: gold is the nearest one */
} Example;

static gint
by_name (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Trimmed bounds in characters of a span set, as cg-eval computes them. */
typedef struct {
  gint64 cs, ce, qs, qe;  /* content, cue; -1 for none */
} Gold;

static void
trim (const gunichar *chars, gint64 *a, gint64 *b)
{
  while (*a < *b && (g_unichar_isspace (chars[*a]) || g_unichar_ispunct (chars[*a])))
    (*a)++;
  while (*b > *a && (g_unichar_isspace (chars[*b - 1]) || g_unichar_ispunct (chars[*b - 1])))
    (*b)--;
}

/* The first and last character of an argument's ranges within N_CHARS
 * characters into *A and *B, when it has any. */
static gboolean
outer_range (const GArray *ranges, gint64 *a, gint64 *b, glong n_chars)
{
  gboolean any = FALSE;
  for (guint k = 0; k + 1 < ranges->len; k += 2)
    {
      gint64 x = g_array_index (ranges, gint64, k), y = g_array_index (ranges, gint64, k + 1);
      if (x >= 0 && y > x && y <= n_chars)
        {
          *a = any ? MIN (*a, x) : x;
          *b = any ? MAX (*b, y) : y;
          any = TRUE;
        }
    }
  return any;
}

/* The annotated attributions of ANN_PATH.  Returns a new array of Gold. */
static GArray *
read_gold (const char *ann_path, const gunichar *chars, glong n_chars, GError **error)
{
  GPtrArray *attrs = cg_brat_read (ann_path, error);
  if (attrs == NULL)
    return NULL;
  GArray *gold = g_array_new (FALSE, FALSE, sizeof (Gold));
  for (guint i = 0; i < attrs->len; i++)
    {
      GArray *args = g_ptr_array_index (attrs, i);
      Gold g = { -1, -1, -1, -1 };
      for (guint j = 0; j < args->len; j++)
        {
          const CgBratArg *arg = &g_array_index (args, CgBratArg, j);
          if (arg->role == CG_BRAT_CONTENT && outer_range (arg->ranges, &g.cs, &g.ce, n_chars))
            trim (chars, &g.cs, &g.ce);
          else if (arg->role == CG_BRAT_CUE && outer_range (arg->ranges, &g.qs, &g.qe, n_chars))
            trim (chars, &g.qs, &g.qe);
        }
      if (g.cs >= 0 && g.qs >= 0 && g.ce > g.cs)
        g_array_append_val (gold, g);
    }
  g_ptr_array_unref (attrs);
  return gold;
}

/* The doc token holding byte OFFSET. */
static guint
doc_token (const CgTagDoc *doc, gint64 offset)
{
  guint lo = 0, hi = doc->spans->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (doc->spans, CgSpan, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo > 0 ? lo - 1 : 0;
}

/* The doc sentence holding token T. */
static guint
doc_sentence (const CgTagDoc *doc, guint t)
{
  guint lo = 0, hi = doc->sentences->len - 1;
  while (lo + 1 < hi)
    {
      guint mid = (lo + hi) / 2;
      if (g_array_index (doc->sentences, guint, mid) <= t)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

static gboolean
wordish (const CgTagDoc *doc, guint t)
{
  return (g_array_index (doc->tokens, CgTagToken, t).flags & (CG_TAGF_WORD | CG_TAGF_NUMBER)) != 0;
}

typedef struct {
  guint64 examples, covered[2], rules_right[2], held[2];
} Tally;

/* An article as read: its tokens, the rules' assertions, the annotations. */
typedef struct {
  CgTagDoc  *doc;
  GPtrArray *as;
  GArray    *gold;
  glong     *b2c;   /* the character of each byte offset */
  gboolean   held;
} Article;

/* The examples of one article into EX: its indirect assertions AS
 * matched to the annotations GOLD by their cues, the tokens whose word is
 * in WORDS marked as boundary words.  With AFTER, only counts there the
 * words right after the annotated ends instead. */
static void
article_examples (const CgTagDoc *doc, GPtrArray *as, GArray *gold, const glong *b2c, gboolean held, guint bits,
                  GHashTable *words, GHashTable *after, GArray *ex, Tally *tally)
{
  for (guint k = 0; k < as->len; k++)
    {
      CgAssertion *a = g_ptr_array_index (as, k);
      if (a->kind != CG_KIND_INDIRECT || !cg_span_is_set (a->span) || a->span.end <= a->span.start
          || !cg_span_is_set (a->cue) || a->cue.end <= a->cue.start || doc->tokens->len == 0)
        continue;
      /* the rules' content and cue in tokens, trimmed to words */
      guint cs = doc_token (doc, a->span.start), ce = doc_token (doc, a->span.end - 1) + 1;
      while (cs < ce && !wordish (doc, cs))
        cs++;
      while (ce > cs && !wordish (doc, ce - 1))
        ce--;
      guint qs = doc_token (doc, a->cue.start), qe = doc_token (doc, a->cue.end - 1) + 1;
      if (ce <= cs)
        continue;
      gint64 qa = b2c[g_array_index (doc->spans, CgSpan, qs).start];
      gint64 qb = b2c[g_array_index (doc->spans, CgSpan, qe - 1).end];
      gint64 ca = b2c[g_array_index (doc->spans, CgSpan, cs).start];
      gint64 cb = b2c[g_array_index (doc->spans, CgSpan, ce - 1).end];
      const Gold *g = NULL;
      for (guint j = 0; j < gold->len && g == NULL; j++)
        {
          const Gold *h = &g_array_index (gold, Gold, j);
          /* the cue's tokens may hold punctuation at the edges the gold trims */
          if (h->qs >= qa && h->qe <= qb && h->qe > h->qs && MAX (h->cs, ca) < MIN (h->ce, cb))
            g = h;
        }
      if (g == NULL)
        continue;
      guint su = doc_sentence (doc, cs), sv = doc_sentence (doc, ce - 1);
      guint ws = g_array_index (doc->sentences, guint, su), we = g_array_index (doc->sentences, guint, sv + 1);
      /* as extract.c builds the window: from a few tokens before the
       * content or its cue, within the sentence */
      guint lead = MIN (cs, qs >= ws ? qs : cs);
      ws = MAX (ws, lead >= ws + CG_BOUNDS_LEAD ? lead - CG_BOUNDS_LEAD : ws);
      we = MIN (we, ce + CG_BOUNDS_AFTER);
      guint n = we - ws;
      const CgTagToken *tt = &g_array_index (doc->tokens, CgTagToken, ws);
      if (after)
        {
          for (guint i = 0; i + 1 < n && !held; i++)
            if (b2c[g_array_index (doc->spans, CgSpan, ws + i).end] == g->ce && wordish (doc, ws + i)
                && wordish (doc, ws + i + 1))
              {
                const char *w = tt[i + 1].word;
                g_hash_table_insert (after, (gpointer) w, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (after, w)) + 1));
                break;
              }
          continue;
        }
      guint8 *marks = g_new0 (guint8, n);
      for (guint i = 0; i < n; i++)
        marks[i] = g_hash_table_contains (words, tt[i].word) ? CG_BOUNDS_BREAK : 0;
      for (guint s = su; s <= sv; s++)
        if (g_array_index (doc->sentences, guint, s) >= ws)
          marks[g_array_index (doc->sentences, guint, s) - ws] |= CG_BOUNDS_BOS;
      CgBoundsInput in = { tt, marks, n, 0, 0, cs - ws, ce - ws, cg_tagger_hash (a->rule ? a->rule : ""),
                           cg_tagger_hash (g_array_index (doc->tokens, CgTagToken, qe - 1).word), a->kind };
      if (qs >= ws && qe <= we)
        {
          in.cue_s = qs - ws;
          in.cue_e = qe - ws;
        }
      tally->examples++;
      for (int side = CG_BOUNDS_START; side <= CG_BOUNDS_END; side++)
        {
          /* the annotated bound as a boundary of the window, if it is one */
          guint cand[CG_BOUNDS_MAX_CAND];
          guint nc = cg_bounds_candidates (&in, side, cand);
          guint rules_b = side == CG_BOUNDS_START ? in.cs : in.ce;
          Example e = { nc, G_MAXUINT, G_MAXUINT, NULL, held, side, FALSE };
          for (guint c = 0; c < nc; c++)
            {
              if (cand[c] == rules_b)
                e.rules = c;
              if (side == CG_BOUNDS_END)
                {
                  if (b2c[g_array_index (doc->spans, CgSpan, ws + cand[c] - 1).end] == g->ce && e.gold == G_MAXUINT)
                    e.gold = c;
                  continue;
                }
              /* cg-eval counts a "that" right before a content in it, as
               * PolNeAR annotates it */
              guint t = ws + cand[c];
              if (cand[c] > 0 && strcmp (g_array_index (doc->tokens, CgTagToken, t - 1).word, "that") == 0)
                t--;
              if (b2c[g_array_index (doc->spans, CgSpan, t).start] == g->cs
                  && (e.gold == G_MAXUINT || cand[c] == rules_b))
                e.gold = c;
            }
          tally->rules_right[side] += e.gold != G_MAXUINT && e.gold == e.rules;
          if (e.rules == G_MAXUINT)
            continue;
          if (e.gold != G_MAXUINT)
            tally->covered[side]++;
          else
            {
              /* no candidate is the annotated bound: the one nearest to it
               * in characters, so that the model learns to stay close */
              gint64 want = side == CG_BOUNDS_START ? g->cs : g->ce, best_d = G_MAXINT64;
              for (guint c = 0; c < nc; c++)
                {
                  CgSpan sp = g_array_index (doc->spans, CgSpan, ws + cand[c] - (side == CG_BOUNDS_END));
                  gint64 at = b2c[side == CG_BOUNDS_START ? sp.start : sp.end], d = ABS (at - want);
                  if (d < best_d || (d == best_d && c == e.rules))
                    {
                      best_d = d;
                      e.gold = c;
                    }
                }
              e.nearest = TRUE;
            }
          e.feats = g_new (guint32, (gsize) nc * CG_BOUNDS_NF);
          for (guint c = 0; c < nc; c++)
            cg_bounds_features (bits, &in, side, cand[c], e.feats + (gsize) c * CG_BOUNDS_NF);
          g_array_append_val (ex, e);
          tally->held[side] += held;
        }
      g_free (marks);
    }
}

/* The best candidate of E under weights W: the rules' own on ties. */
static guint
argmax (const Example *e, const float *w)
{
  guint best = e->rules;
  double best_s = -G_MAXDOUBLE;
  for (guint c = 0; c < e->n_cand; c++)
    {
      double s = 0;
      const guint32 *f = e->feats + (gsize) c * CG_BOUNDS_NF;
      for (guint k = 0; k < CG_BOUNDS_NF; k++)
        s += w[f[k]];
      if (s > best_s || (s == best_s && c == e->rules))
        {
          best_s = s;
          best = c;
        }
    }
  return best;
}

int
main (int argc, char **argv)
{
  char *rules_dir = NULL, *out_path = NULL;
  gint epochs = 10, bits = 16, holdout = 0, min_count = 3;
  gdouble short_cost = 1;
  GOptionEntry entries[] = {
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, "User rule directory", "DIR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Model file to write", "MODEL" },
    { "epochs", 0, 0, G_OPTION_ARG_INT, &epochs, "Passes over the examples (10)", "N" },
    { "bits", 0, 0, G_OPTION_ARG_INT, &bits, "Feature buckets: 2^B (16)", "B" },
    { "holdout", 0, 0, G_OPTION_ARG_INT, &holdout, "Leave every K-th article out (0: none)", "K" },
    { "short-cost", 0, 0, G_OPTION_ARG_DOUBLE, &short_cost,
      "An update for a candidate before the annotated one (a content cut too short) counts this much (1)", "X" },
    { "min-count", 0, 0, G_OPTION_ARG_INT, &min_count, "A boundary word follows an annotated end at least N times (3)", "N" },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };
  GOptionContext *ctx = g_option_context_new ("TEXT_DIR ANN_DIR");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 3 || out_path == NULL
      || bits < 8 || bits > 24 || epochs < 1 || holdout < 0 || !(short_cost > 0))
    return cg_brat_usage (ctx, error, "usage: cg-train-bounds [--rules DIR] [--epochs N] [--bits B] [--holdout K] "
                          "[--short-cost X] -o MODEL TEXT_DIR ANN_DIR");
  g_option_context_free (ctx);
  /* the examples hold the rules' own bounds */
  CgBratTrainer tr;
  int status = cg_brat_trainer_open (&tr, "cg-train-bounds", rules_dir, "bounds = none", argv[1], argv[2]);
  if (status != 0)
    return status;

  clock_t c0 = clock ();
  GArray *ex = g_array_new (FALSE, FALSE, sizeof (Example));
  GArray *arts = g_array_new (FALSE, FALSE, sizeof (Article));
  Tally tally = { 0 };
  guint n_art = 0;
  for (guint i = 0; i < tr.pairs->len; i++)
    {
      const CgBratPair *pair = g_ptr_array_index (tr.pairs, i);
      gboolean held = cg_brat_held_out (i, holdout);
      CgArticle *a = cg_reader_read_file (tr.reader, pair->txt_path, &error);
      if (a)
        {
          glong n_chars = 0;
          gunichar *chars;
          glong *b2c = cg_brat_byte_to_char (a->raw, a->len, &chars, &n_chars);
          GArray *gold = read_gold (pair->ann_path, chars, n_chars, &error);
          if (gold)
            {
              CgSegments *s = cg_segmenter_run (tr.seg, a->text, a->len);
              Article art = { cg_extractor_tag_doc (tr.x, a, s), cg_extractor_run (tr.x, a, s), gold, b2c, held };
              g_array_append_val (arts, art);
              cg_segments_free (s);
              n_art++;
            }
          else
            g_free (b2c);
          g_free (chars);
        }
      if (a)
        cg_article_free (a);
      if (error)
        {
          fprintf (stderr, "cg-train-bounds: %s (skipped)\n", error->message);
          g_clear_error (&error);
        }
    }
  /* the boundary words: those right after an annotated end at least
   * --min-count times */
  GHashTable *after = g_hash_table_new (g_str_hash, g_str_equal), *words = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < arts->len; k++)
    {
      Article *art = &g_array_index (arts, Article, k);
      article_examples (art->doc, art->as, art->gold, art->b2c, art->held, (guint) bits, NULL, after, NULL, &tally);
    }
  GPtrArray *wlist = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key, val;
  g_hash_table_iter_init (&it, after);
  while (g_hash_table_iter_next (&it, &key, &val))
    if (GPOINTER_TO_UINT (val) >= (guint) min_count)
      g_ptr_array_add (wlist, key);
  g_ptr_array_sort (wlist, by_name);
  for (guint i = 0; i < wlist->len; i++)
    g_hash_table_add (words, g_ptr_array_index (wlist, i));
  memset (&tally, 0, sizeof tally);
  for (guint k = 0; k < arts->len; k++)
    {
      Article *art = &g_array_index (arts, Article, k);
      article_examples (art->doc, art->as, art->gold, art->b2c, art->held, (guint) bits, words, NULL, ex, &tally);
    }
  fprintf (stderr, "cg-train-bounds: %u boundary words\n", wlist->len);
  fprintf (stderr, "cg-train-bounds: %u articles, %" G_GUINT64_FORMAT " examples (indirect, cue matched); "
           "start: rules right %" G_GUINT64_FORMAT ", annotated among the candidates %" G_GUINT64_FORMAT
           "; end: %" G_GUINT64_FORMAT ", %" G_GUINT64_FORMAT "; read in %.1f s\n", n_art, tally.examples,
           tally.rules_right[0], tally.covered[0], tally.rules_right[1], tally.covered[1],
           (double) (clock () - c0) / CLOCKS_PER_SEC);

  gsize rows = (gsize) 1 << bits;
  float *w = g_new0 (float, rows);
  double *u = g_new0 (double, rows);
  guint *order = g_new (guint, ex->len + 1), n_train = 0;
  for (guint i = 0; i < ex->len; i++)
    if (!g_array_index (ex, Example, i).held)
      order[n_train++] = i;
  GRand *rand = g_rand_new_with_seed (20161108);
  double step = 1;
  for (gint ep = 0; ep < epochs; ep++)
    {
      for (guint i = n_train; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, (gint32) i);
          guint t = order[i - 1];
          order[i - 1] = order[j];
          order[j] = t;
        }
      guint errors = 0;
      for (guint oi = 0; oi < n_train; oi++)
        {
          const Example *e = &g_array_index (ex, Example, order[oi]);
          guint p = argmax (e, w);
          if (p != e->gold)
            {
              errors++;
              const guint32 *fg = e->feats + (gsize) e->gold * CG_BOUNDS_NF;
              const guint32 *fp = e->feats + (gsize) p * CG_BOUNDS_NF;
              /* the candidates ascend: an end before the annotated one
               * loses more of the content than one after it adds */
              double x = e->side == CG_BOUNDS_END && p < e->gold ? short_cost : 1;
              for (guint k = 0; k < CG_BOUNDS_NF; k++)
                {
                  w[fg[k]] += x;
                  u[fg[k]] += x * step;
                  w[fp[k]] -= x;
                  u[fp[k]] -= x * step;
                }
            }
          step++;
        }
      fprintf (stderr, "cg-train-bounds: epoch %d: %u of %u wrong, %.1f s\n", ep + 1, errors, n_train,
               (double) (clock () - c0) / CLOCKS_PER_SEC);
    }
  /* the average over all steps: w - u / step */
  for (gsize k = 0; k < rows; k++)
    w[k] = (float) (w[k] - u[k] / step);
  if (holdout > 0)
    {
      static const char *const side_names[] = { "start", "end" };
      for (int side = CG_BOUNDS_START; side <= CG_BOUNDS_END; side++)
        {
          guint n = 0, rules_ok = 0, model_ok = 0, changed = 0;
          for (guint i = 0; i < ex->len; i++)
            {
              const Example *e = &g_array_index (ex, Example, i);
              if (!e->held || e->side != side || e->nearest)
                continue;
              guint p = argmax (e, w);
              n++;
              rules_ok += e->rules == e->gold;
              model_ok += p == e->gold;
              changed += p != e->rules;
            }
          fprintf (stderr, "cg-train-bounds: held out, %s: %u examples with the annotated bound among the "
                   "candidates: rules right %u, model right %u (%u changed)\n", side_names[side], n, rules_ok,
                   model_ok, changed);
        }
    }
  CgBounds *model = cg_bounds_new ((guint) bits, w, wlist);
  int rc = 0;
  if (!cg_bounds_save (model, out_path, &error))
    {
      fprintf (stderr, "cg-train-bounds: %s\n", error->message);
      g_clear_error (&error);
      rc = 1;
    }
  else
    fprintf (stderr, "cg-train-bounds: wrote %s (%.1f s of CPU)\n", out_path, (double) (clock () - c0) / CLOCKS_PER_SEC);
  cg_bounds_free (model);
  for (guint k = 0; k < arts->len; k++)
    {
      Article *art = &g_array_index (arts, Article, k);
      cg_tag_doc_free (art->doc);
      g_ptr_array_unref (art->as);
      g_array_unref (art->gold);
      g_free (art->b2c);
    }
  g_array_unref (arts);
  g_ptr_array_unref (wlist);
  g_hash_table_unref (words);
  g_hash_table_unref (after);
  for (guint i = 0; i < ex->len; i++)
    g_free (g_array_index (ex, Example, i).feats);
  g_array_unref (ex);
  g_free (w);
  g_free (u);
  g_free (order);
  g_rand_free (rand);
  cg_brat_trainer_close (&tr);
  g_free (rules_dir);
  g_free (out_path);
  return rc;
}
