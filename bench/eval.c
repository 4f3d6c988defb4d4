/* eval.c: cg-eval, extraction scored against brat standoff annotations.
 *
 *     cg-eval [--rules DIR] [--verbose] TEXT_DIR ANN_DIR
 *     cg-eval [--rules DIR] --dump FILE...
 *     cg-eval [--rules DIR] --speed FILE...
 *
 * For every ANN_DIR/NAME_ANNOTATOR.ann (PolNeAR's layout; when an article
 * has several annotators the first in name order is used) the article
 * TEXT_DIR/NAME.txt is read, segmented and extracted like `claimgraph`
 * does, and the assertions (author claims excluded: they are not
 * attributions) are matched one to one against the annotated attributions
 * (E lines tying Source, Cue and Content T lines; spans may be
 * discontinuous).  brat offsets count characters (code points), claimgraph
 * offsets bytes: both are converted to characters before comparing.
 *
 * A predicted span matches a gold span when it covers at least the given
 * share of the gold span's characters (30% and 80%), or, for "exact", has
 * the same bounds once blanks and punctuation at the edges are ignored.
 * A "that" right before a content (before the opening mark of a direct
 * quotation) is counted in it, as PolNeAR annotates it.  Figures are given
 * for contents, sources and cues over all attributions, and over the
 * attributions whose content holds a quotation mark (recall on those gold
 * ones; precision on direct and mixed predictions).
 *
 * --misses (for development on a TRAIN split only; refused on a directory
 * named like a test split) also prints, tab-separated, every gold
 * attribution no prediction covers 30% of the content of (MISS, with its
 * cue, source, content and the lines around them), every prediction matching no gold content (FP,
 * with its rule), every matched one (TP, with its rule, cue, gold and predicted content, then
 * for content, source and cue the gold and predicted bounds in characters, trimmed), the fields
 * of matched pairs whose bounds differ (BOUND field rule gold pred gold-cue
 * context article, then the gold and predicted bounds in characters with
 * blanks and punctuation trimmed, -1 -1 for none),
 * and the missed cue words by frequency.
 * --dump prints the assertions of each FILE, one per line, for debugging.
 * --speed reads the FILEs once, then segments and extracts them again and
 * again on one thread for about three seconds and prints the throughput.
 */
#include "claimgraph.h"
#include "brat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  GArray *parts;  /* CgSpan in characters */
  glong   chars;
} Spans;

typedef struct {
  Spans    content, source, cue;
  gboolean quoted;
} Gold;

typedef struct {
  Spans    content, source, cue;
  gboolean quoted;  /* direct or mixed */
  const char *rule; /* owned by the assertion */
} Pred;

enum { F_CONTENT, F_SOURCE, F_CUE, N_FIELDS };
enum { T_30, T_80, T_EXACT, N_THRESH };
static const char *const field_names[] = { "content", "source", "cue" };
static const char *const thresh_names[] = { ">=30%", ">=80%", "exact" };

typedef struct {
  guint64 tp_gold[N_FIELDS][N_THRESH];  /* gold items matched */
  guint64 tp_pred[N_FIELDS][N_THRESH];  /* predicted items matched */
  guint64 n_gold[N_FIELDS];
  guint64 n_pred[N_FIELDS];
} Score;

static void
spans_init (Spans *s)
{
  s->parts = g_array_new (FALSE, FALSE, sizeof (CgSpan));
  s->chars = 0;
}

static void
spans_clear (Spans *s)
{
  g_array_unref (s->parts);
}

static void
spans_add (Spans *s, gint64 a, gint64 b)
{
  if (b <= a)
    return;
  CgSpan sp = { a, b };
  g_array_append_val (s->parts, sp);
  s->chars += (glong) (b - a);
}

static gboolean
spans_set (const Spans *s)
{
  return s->parts->len > 0;
}

static glong
overlap (const Spans *p, const Spans *g)
{
  glong n = 0;
  for (guint i = 0; i < p->parts->len; i++)
    for (guint j = 0; j < g->parts->len; j++)
      {
        CgSpan a = g_array_index (p->parts, CgSpan, i), b = g_array_index (g->parts, CgSpan, j);
        gint64 s = MAX (a.start, b.start), e = MIN (a.end, b.end);
        if (e > s)
          n += (glong) (e - s);
      }
  return n;
}

/* Bounds of a span set with blanks and punctuation trimmed at the edges. */
static void
trimmed_bounds (const Spans *s, const gunichar *chars, gint64 *a, gint64 *b)
{
  *a = g_array_index (s->parts, CgSpan, 0).start;
  *b = g_array_index (s->parts, CgSpan, s->parts->len - 1).end;
  while (*a < *b && (g_unichar_isspace (chars[*a]) || g_unichar_ispunct (chars[*a])))
    (*a)++;
  while (*b > *a && (g_unichar_isspace (chars[*b - 1]) || g_unichar_ispunct (chars[*b - 1])))
    (*b)--;
}

static gboolean
matches (const Spans *p, const Spans *g, int t, const gunichar *chars)
{
  if (!spans_set (p) || !spans_set (g) || g->chars == 0)
    return FALSE;
  if (t == T_EXACT)
    {
      gint64 pa, pb, ga, gb;
      trimmed_bounds (p, chars, &pa, &pb);
      trimmed_bounds (g, chars, &ga, &gb);
      return pa == ga && pb == gb;
    }
  double share = t == T_30 ? 0.3 : 0.8;
  return overlap (p, g) >= share * g->chars;
}

/* One-to-one greedy matching of the predicted FIELD against the gold one:
 * each gold item takes the free predicted item with the largest overlap. */
static void
score_field (GArray *gold, GArray *pred, int field, Score *sc, gboolean quoted_only,
             const gunichar *chars)
{
  for (int t = 0; t < N_THRESH; t++)
    {
      gboolean *used = g_new0 (gboolean, pred->len + 1);
      for (guint i = 0; i < gold->len; i++)
        {
          Gold *g = &g_array_index (gold, Gold, i);
          Spans *gs = field == F_CONTENT ? &g->content : field == F_SOURCE ? &g->source : &g->cue;
          if (!spans_set (gs) || (quoted_only && !g->quoted))
            continue;
          gint best = -1;
          glong best_ov = -1;
          for (guint j = 0; j < pred->len; j++)
            {
              Pred *p = &g_array_index (pred, Pred, j);
              Spans *ps = field == F_CONTENT ? &p->content : field == F_SOURCE ? &p->source : &p->cue;
              if (used[j] || !matches (ps, gs, t, chars))
                continue;
              glong ov = overlap (ps, gs);
              if (ov > best_ov)
                {
                  best_ov = ov;
                  best = (gint) j;
                }
            }
          if (best >= 0)
            {
              used[best] = TRUE;
              sc->tp_gold[field][t]++;
            }
        }
      /* Precision: predicted items (of the subset) that found a gold item. */
      for (guint j = 0; j < pred->len; j++)
        {
          Pred *p = &g_array_index (pred, Pred, j);
          if (quoted_only && !p->quoted)
            continue;
          Spans *ps = field == F_CONTENT ? &p->content : field == F_SOURCE ? &p->source : &p->cue;
          if (!spans_set (ps))
            continue;
          if (used[j])
            sc->tp_pred[field][t]++;
          else if (quoted_only)
            {
              /* A direct prediction matching a gold item outside the subset still counts. */
              for (guint i = 0; i < gold->len; i++)
                {
                  Gold *g = &g_array_index (gold, Gold, i);
                  Spans *gs = field == F_CONTENT ? &g->content : field == F_SOURCE ? &g->source : &g->cue;
                  if (!g->quoted && matches (ps, gs, t, chars))
                    {
                      sc->tp_pred[field][t]++;
                      break;
                    }
                }
            }
        }
      g_free (used);
    }
  for (guint i = 0; i < gold->len; i++)
    {
      Gold *g = &g_array_index (gold, Gold, i);
      Spans *gs = field == F_CONTENT ? &g->content : field == F_SOURCE ? &g->source : &g->cue;
      if (spans_set (gs) && (!quoted_only || g->quoted))
        sc->n_gold[field]++;
    }
  for (guint j = 0; j < pred->len; j++)
    {
      Pred *p = &g_array_index (pred, Pred, j);
      Spans *ps = field == F_CONTENT ? &p->content : field == F_SOURCE ? &p->source : &p->cue;
      if (spans_set (ps) && (!quoted_only || p->quoted))
        sc->n_pred[field]++;
    }
}

static gboolean
has_quote_char (const gunichar *chars, const Spans *s)
{
  for (guint i = 0; i < s->parts->len; i++)
    {
      CgSpan sp = g_array_index (s->parts, CgSpan, i);
      for (gint64 k = sp.start; k < sp.end; k++)
        if (chars[k] == '"' || chars[k] == 0x201C || chars[k] == 0x201D
            || (chars[k] == '\'' && k + 1 < sp.end && chars[k + 1] == '\''))
          return TRUE;
    }
  return FALSE;
}

/* The ranges of one argument within N_CHARS characters into S. */
static void
add_ranges (Spans *s, const GArray *ranges, glong n_chars)
{
  for (guint k = 0; k + 1 < ranges->len; k += 2)
    {
      gint64 a = g_array_index (ranges, gint64, k), b = g_array_index (ranges, gint64, k + 1);
      if (a >= 0 && b <= n_chars)
        spans_add (s, a, b);
    }
}

static GArray *
read_gold (const char *ann_path, const gunichar *chars, glong n_chars, GError **error)
{
  GPtrArray *attrs = cg_brat_read (ann_path, error);
  if (attrs == NULL)
    return NULL;
  GArray *gold = g_array_new (FALSE, TRUE, sizeof (Gold));
  for (guint i = 0; i < attrs->len; i++)
    {
      GArray *args = g_ptr_array_index (attrs, i);
      Gold g;
      spans_init (&g.content);
      spans_init (&g.source);
      spans_init (&g.cue);
      for (guint j = 0; j < args->len; j++)
        {
          const CgBratArg *arg = &g_array_index (args, CgBratArg, j);
          add_ranges (arg->role == CG_BRAT_CONTENT ? &g.content : arg->role == CG_BRAT_SOURCE ? &g.source : &g.cue,
                      arg->ranges, n_chars);
        }
      g.quoted = has_quote_char (chars, &g.content);
      g_array_append_val (gold, g);
    }
  g_ptr_array_unref (attrs);
  return gold;
}

static void
pred_add (Spans *s, CgSpan sp, const glong *byte_to_char)
{
  if (cg_span_is_set (sp) && sp.end > sp.start)
    spans_add (s, byte_to_char[sp.start], byte_to_char[sp.end]);
}

static void
gold_free (GArray *gold)
{
  for (guint i = 0; i < gold->len; i++)
    {
      Gold *g = &g_array_index (gold, Gold, i);
      spans_clear (&g->content);
      spans_clear (&g->source);
      spans_clear (&g->cue);
    }
  g_array_unref (gold);
}

static void
pred_free (GArray *pred)
{
  for (guint i = 0; i < pred->len; i++)
    {
      Pred *p = &g_array_index (pred, Pred, i);
      spans_clear (&p->content);
      spans_clear (&p->source);
      spans_clear (&p->cue);
    }
  g_array_unref (pred);
}

/* The text of a span set, its parts joined by " … ".  Returns a newly allocated string. */
static char *
spans_text (const Spans *s, const gunichar *chars)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < s->parts->len; i++)
    {
      CgSpan sp = g_array_index (s->parts, CgSpan, i);
      if (i > 0)
        g_string_append (out, " … ");
      for (gint64 k = sp.start; k < sp.end; k++)
        g_string_append_unichar (out, chars[k] == '\n' || chars[k] == '\t' ? ' ' : chars[k]);
    }
  return g_string_free (out, FALSE);
}

/* The text around a gold attribution G and a prediction P (or none): from the
 * start of the line holding the first of their spans to the end of the
 * line holding the last, at most 300 characters either side.  Returns a
 * newly allocated string. */
static char *
context_text (const Gold *g, const Pred *p, const gunichar *chars, glong n_chars)
{
  gint64 lo = G_MAXINT64, hi = 0;
  const Spans *all[] = { &g->content, &g->source, &g->cue,
                         p ? &p->content : &g->content, p ? &p->source : &g->source, p ? &p->cue : &g->cue };
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    for (guint j = 0; j < all[i]->parts->len; j++)
      {
        CgSpan sp = g_array_index (all[i]->parts, CgSpan, j);
        lo = MIN (lo, sp.start);
        hi = MAX (hi, sp.end);
      }
  if (lo > hi)
    return g_strdup ("");
  gint64 a = lo, b = hi;
  while (a > 0 && a > lo - 300 && chars[a - 1] != '\n')
    a--;
  while (b < n_chars && b < hi + 300 && chars[b] != '\n')
    b++;
  Spans s;
  spans_init (&s);
  spans_add (&s, a, b);
  char *t = spans_text (&s, chars);
  spans_clear (&s);
  return t;
}

/* --misses: the error lines of one article; missed cue words are counted in CUES. */
static void
print_misses (const char *base, GArray *gold, GArray *pred, const gunichar *chars, glong n_chars,
              GHashTable *cues)
{
  gboolean *used = g_new0 (gboolean, pred->len + 1);
  for (guint i = 0; i < gold->len; i++)
    {
      Gold *g = &g_array_index (gold, Gold, i);
      if (!spans_set (&g->content))
        continue;
      gint best = -1;
      glong best_ov = -1;
      for (guint j = 0; j < pred->len; j++)
        {
          Pred *p = &g_array_index (pred, Pred, j);
          glong ov = overlap (&p->content, &g->content);
          if (!used[j] && matches (&p->content, &g->content, T_30, chars) && ov > best_ov)
            {
              best_ov = ov;
              best = (gint) j;
            }
        }
      char *cue = spans_text (&g->cue, chars), *src = spans_text (&g->source, chars);
      if (best < 0)
        {
          char *content = spans_text (&g->content, chars);
          char *low = g_utf8_strdown (cue, -1);
          char *ctx = context_text (g, NULL, chars, n_chars);
          printf ("MISS\t%s\t%s\t%s\t%s\t%s\n", base, low, src, content, ctx);
          g_free (ctx);
          g_hash_table_insert (cues, low, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (cues, low)) + 1));
          g_free (content);
        }
      else
        {
          Pred *p = &g_array_index (pred, Pred, best);
          used[best] = TRUE;
          char *pcue = spans_text (&p->cue, chars), *pc = spans_text (&p->content, chars);
          char *gc = spans_text (&g->content, chars);
          const Spans *gs[] = { &g->content, &g->source, &g->cue }, *ps[] = { &p->content, &p->source, &p->cue };
          printf ("TP\t%s\t%s\t%s\t%s\t%s", base, p->rule ? p->rule : "", pcue, gc, pc);
          for (int f = 0; f < N_FIELDS; f++)
            {
              gint64 ga = -1, gb = -1, pa = -1, pb = -1;
              if (spans_set (gs[f]))
                trimmed_bounds (gs[f], chars, &ga, &gb);
              if (spans_set (ps[f]))
                trimmed_bounds (ps[f], chars, &pa, &pb);
              printf ("\t%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %" G_GINT64_FORMAT,
                      ga, gb, pa, pb);
            }
          printf ("\n");
          g_free (pcue);
          g_free (pc);
          g_free (gc);
          for (int f = 0; f < N_FIELDS; f++)
            if (!matches (ps[f], gs[f], T_EXACT, chars))
              {
                char *a = spans_text (gs[f], chars), *b = spans_text (ps[f], chars);
                char *ctx = context_text (g, p, chars, n_chars);
                gint64 ga = -1, gb = -1, pa = -1, pb = -1;
                if (spans_set (gs[f]))
                  trimmed_bounds (gs[f], chars, &ga, &gb);
                if (spans_set (ps[f]))
                  trimmed_bounds (ps[f], chars, &pa, &pb);
                printf ("BOUND\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%" G_GINT64_FORMAT " %" G_GINT64_FORMAT
                        "\t%" G_GINT64_FORMAT " %" G_GINT64_FORMAT "\n",
                        field_names[f], p->rule ? p->rule : "", a, b, cue, ctx, base, ga, gb, pa, pb);
                g_free (a);
                g_free (b);
                g_free (ctx);
              }
        }
      g_free (cue);
      g_free (src);
    }
  for (guint j = 0; j < pred->len; j++)
    if (!used[j])
      {
        Pred *p = &g_array_index (pred, Pred, j);
        char *content = spans_text (&p->content, chars), *cue = spans_text (&p->cue, chars);
        printf ("FP\t%s\t%s\t%s\t%s\n", base, p->rule ? p->rule : "", cue, content);
        g_free (content);
        g_free (cue);
      }
  g_free (used);
}

static gint
by_count (gconstpointer a, gconstpointer b, gpointer counts)
{
  guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(char *const *) a));
  guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (counts, *(char *const *) b));
  return ca != cb ? (ca < cb ? 1 : -1) : strcmp (*(char *const *) a, *(char *const *) b);
}

/* Decimals of the P / R / F1 columns (--digits): 3, or more where a
 * change of a few attributions must show (rules/tools/prune-nouns.py). */
static int score_digits = 3;

static void
print_score (const char *title, const Score *sc)
{
  printf ("%s\n", title);
  printf ("  %-8s %-6s %7s %7s %7s %8s %8s\n", "field", "match", "P", "R", "F1", "gold", "pred");
  for (int f = 0; f < N_FIELDS; f++)
    for (int t = 0; t < N_THRESH; t++)
      {
        double p = sc->n_pred[f] ? (double) sc->tp_pred[f][t] / sc->n_pred[f] : 0;
        double r = sc->n_gold[f] ? (double) sc->tp_gold[f][t] / sc->n_gold[f] : 0;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        printf ("  %-8s %-6s %7.*f %7.*f %7.*f %8" G_GUINT64_FORMAT " %8" G_GUINT64_FORMAT "\n",
                field_names[f], thresh_names[t], score_digits, p, score_digits, r, score_digits, f1,
                sc->n_gold[f], sc->n_pred[f]);
      }
}

static void
dump (CgPipeline *pipeline, const char *path)
{
  GError *error = NULL;
  CgArticleResult *r = cg_pipeline_process_file (pipeline, path, &error);
  if (r == NULL)
    {
      fprintf (stderr, "cg-eval: %s\n", error->message);
      g_error_free (error);
      return;
    }
  for (guint i = 0; i < r->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (r->assertions, i);
      printf ("%s [%s] %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT " src=<%s> cue=<%s> %s/%s/%s: %s\n",
              cg_kind_name (a->kind), a->rule ? a->rule : "", a->span.start, a->span.end,
              a->source_text ? a->source_text : "", a->cue_text ? a->cue_text : "",
              cg_certainty_name (a->certainty), cg_polarity_name (a->polarity), cg_stance_name (a->stance),
              a->text);
    }
  cg_article_result_free (r);
}

static int
speed (CgRules *rules, CgPipeline *pipeline, int n, char **paths)
{
  GError *error = NULL;
  CgSegmenter *seg = cg_segmenter_new (rules, &error);
  CgExtractor *x = seg ? cg_extractor_new (rules, &error) : NULL;
  if (x == NULL)
    {
      fprintf (stderr, "cg-eval: %s\n", error->message);
      return 1;
    }
  GPtrArray *results = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_article_result_free);
  for (int i = 0; i < n; i++)
    {
      CgArticleResult *r = cg_pipeline_process_file (pipeline, paths[i], &error);
      if (r == NULL)
        {
          fprintf (stderr, "cg-eval: %s (skipped)\n", error->message);
          g_clear_error (&error);
          continue;
        }
      g_ptr_array_add (results, r);
    }
  /* CPU time of this thread: the machine may be shared, wall time is not the cost. */
  guint64 bytes = 0, seg_bytes = 0, n_assertions = 0;
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  double c0 = ts.tv_sec + ts.tv_nsec / 1e9, c1 = c0;
  while (c1 - c0 < 1.5 && results->len > 0)
    {
      for (guint i = 0; i < results->len; i++)
        {
          CgArticle *a = ((CgArticleResult *) g_ptr_array_index (results, i))->article;
          cg_segments_free (cg_segmenter_run (seg, a->text, a->len));
          seg_bytes += a->len;
        }
      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
      c1 = ts.tv_sec + ts.tv_nsec / 1e9;
    }
  double seg_secs = c1 - c0;
  c0 = c1;
  while (c1 - c0 < 3.0 && results->len > 0)
    {
      for (guint i = 0; i < results->len; i++)
        {
          CgArticle *a = ((CgArticleResult *) g_ptr_array_index (results, i))->article;
          CgSegments *s = cg_segmenter_run (seg, a->text, a->len);
          GPtrArray *out = cg_extractor_run (x, a, s);
          n_assertions += out->len;
          bytes += a->len;
          g_ptr_array_unref (out);
          cg_segments_free (s);
        }
      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
      c1 = ts.tv_sec + ts.tv_nsec / 1e9;
    }
  double secs = c1 - c0;
  printf ("segment alone: %.1f MB/s of CPU time\n", seg_bytes / seg_secs / 1e6);
  printf ("segment+extract: %" G_GUINT64_FORMAT " bytes in %.2f s of CPU time: %.1f MB/s, %" G_GUINT64_FORMAT
          " assertions\n", bytes, secs, bytes / secs / 1e6, n_assertions);
  g_ptr_array_unref (results);
  cg_extractor_free (x);
  cg_segmenter_free (seg);
  return 0;
}

int
main (int argc, char **argv)
{
  char *rules_dir = NULL;
  gboolean do_dump = FALSE, verbose = FALSE, do_speed = FALSE, do_misses = FALSE;
  GOptionEntry entries[] = {
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, "User rule directory", "DIR" },
    { "dump", 0, 0, G_OPTION_ARG_NONE, &do_dump, "Print the assertions of each FILE", NULL },
    { "speed", 0, 0, G_OPTION_ARG_NONE, &do_speed, "Measure segment+extract throughput on FILEs", NULL },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose, "Print per-article counts", NULL },
    { "misses", 0, 0, G_OPTION_ARG_NONE, &do_misses, "Print missed, spurious and misbounded attributions (train only)", NULL },
    { "digits", 0, 0, G_OPTION_ARG_INT, &score_digits, "Decimals of P, R and F1 (default 3)", "N" },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };
  GOptionContext *ctx = g_option_context_new ("TEXT_DIR ANN_DIR | --dump FILE... | --speed FILE...");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || (!do_dump && !do_speed && argc != 3) || argc < 2)
    return cg_brat_usage (ctx, error, "usage: cg-eval [--rules DIR] TEXT_DIR ANN_DIR | --dump FILE... | --speed FILE...");
  g_option_context_free (ctx);
  score_digits = CLAMP (score_digits, 0, 9);
  CgRules *rules = cg_rules_load (rules_dir, &error);
  CgPipeline *pipeline = rules ? cg_pipeline_new (rules, &error) : NULL;
  if (pipeline == NULL)
    {
      fprintf (stderr, "cg-eval: %s\n", error->message);
      return 1;
    }
  if (do_speed)
    {
      int rc = speed (rules, pipeline, argc - 1, argv + 1);
      cg_pipeline_free (pipeline);
      cg_rules_free (rules);
      g_free (rules_dir);
      return rc;
    }
  if (do_dump)
    {
      for (int i = 1; i < argc; i++)
        dump (pipeline, argv[i]);
      cg_pipeline_free (pipeline);
      cg_rules_free (rules);
      g_free (rules_dir);
      return 0;
    }

  const char *text_dir = argv[1], *ann_dir = argv[2];
  if (do_misses && cg_brat_test_split (text_dir, ann_dir))
    {
      fprintf (stderr, "cg-eval: --misses is for development splits, not a test split\n");
      return 2;
    }
  GHashTable *missed_cues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *pairs = cg_brat_pairs (text_dir, ann_dir, &error);
  if (pairs == NULL)
    {
      fprintf (stderr, "cg-eval: %s\n", error->message);
      return 1;
    }

  Score all = { 0 }, quoted = { 0 };
  guint n_articles = 0;
  guint64 bytes = 0;
  gint64 t0 = g_get_monotonic_time ();
  for (guint i = 0; i < pairs->len; i++)
    {
      const CgBratPair *pair = g_ptr_array_index (pairs, i);
      const char *base = pair->base;
      CgArticleResult *r = cg_pipeline_process_file (pipeline, pair->txt_path, &error);
      if (r == NULL)
        {
          fprintf (stderr, "cg-eval: %s (skipped)\n", error->message);
          g_clear_error (&error);
          continue;
        }
      const char *raw = r->article->raw;
      gsize len = r->article->len;
      glong n_chars;
      gunichar *chars;
      glong *byte_to_char = cg_brat_byte_to_char (raw, len, &chars, &n_chars);
      GArray *gold = read_gold (pair->ann_path, chars, n_chars, &error);
      if (gold == NULL)
        {
          fprintf (stderr, "cg-eval: %s (skipped)\n", error->message);
          g_clear_error (&error);
        }
      else
        {
          GArray *pred = g_array_new (FALSE, TRUE, sizeof (Pred));
          for (guint k = 0; k < r->assertions->len; k++)
            {
              CgAssertion *a = g_ptr_array_index (r->assertions, k);
              if (a->kind == CG_KIND_AUTHOR)
                continue;
              Pred p;
              spans_init (&p.content);
              spans_init (&p.source);
              spans_init (&p.cue);
              /* PolNeAR's content of "said that X" holds "that"; claimgraph's
               * does not: compare like with like. */
              CgSpan content = a->span;
              if (a->kind != CG_KIND_AUTHOR)
                {
                  /* also 'told them that "we're in this together."': a
                   * quotation's span is its inner text, so step back over
                   * the opening mark too */
                  gint64 k = content.start;
                  while (k > 0 && g_ascii_isspace (raw[k - 1]))
                    k--;
                  if (a->kind == CG_KIND_DIRECT && k > 0 && raw[k - 1] == '"')
                    k--;
                  else if (a->kind == CG_KIND_DIRECT && k >= 3 && (guchar) raw[k - 3] == 0xE2
                           && (guchar) raw[k - 2] == 0x80 && (guchar) raw[k - 1] == 0x9C)
                    k -= 3;
                  while (k > 0 && g_ascii_isspace (raw[k - 1]))
                    k--;
                  if (k >= 5 && g_ascii_strncasecmp (raw + k - 4, "that", 4) == 0
                      && !g_ascii_isalnum (raw[k - 5]))
                    content.start = k - 4;
                }
              pred_add (&p.content, content, byte_to_char);
              pred_add (&p.source, a->source, byte_to_char);
              pred_add (&p.cue, a->cue, byte_to_char);
              p.quoted = a->kind == CG_KIND_DIRECT || a->kind == CG_KIND_MIXED;
              p.rule = a->rule;
              g_array_append_val (pred, p);
            }
          for (int f = 0; f < N_FIELDS; f++)
            {
              score_field (gold, pred, f, &all, FALSE, chars);
              score_field (gold, pred, f, &quoted, TRUE, chars);
            }
          if (verbose)
            printf ("%s: gold %u, predicted %u\n", base, gold->len, pred->len);
          if (do_misses)
            print_misses (base, gold, pred, chars, n_chars, missed_cues);
          pred_free (pred);
          gold_free (gold);
        }
      n_articles++;
      bytes += len;
      g_free (byte_to_char);
      g_free (chars);
      cg_article_result_free (r);
    }
  double secs = (g_get_monotonic_time () - t0) / 1e6;
  printf ("cg-eval: %u articles, %" G_GUINT64_FORMAT " bytes, %.2f s (read+segment+extract+score)\n",
          n_articles, bytes, secs);
  print_score ("all attributions", &all);
  print_score ("attributions whose content holds a quotation mark", &quoted);
  if (do_misses)
    {
      GPtrArray *keys = g_ptr_array_new ();
      GHashTableIter it;
      gpointer key;
      g_hash_table_iter_init (&it, missed_cues);
      while (g_hash_table_iter_next (&it, &key, NULL))
        g_ptr_array_add (keys, key);
      g_ptr_array_sort_with_data (keys, by_count, missed_cues);
      printf ("missed cues\n");
      for (guint i = 0; i < keys->len; i++)
        printf ("CUES\t%u\t%s\n", GPOINTER_TO_UINT (g_hash_table_lookup (missed_cues, g_ptr_array_index (keys, i))),
                (char *) g_ptr_array_index (keys, i));
      g_ptr_array_unref (keys);
    }
  g_hash_table_unref (missed_cues);
  g_ptr_array_unref (pairs);
  cg_pipeline_free (pipeline);
  cg_rules_free (rules);
  g_free (rules_dir);
  return 0;
}
