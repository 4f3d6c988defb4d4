/* tagger-where.c: cg-tagger-where, where the learned tagger's value is
 * lost on annotated articles (for development on a TRAIN split: a
 * directory named like a test split is refused).
 *
 *     cg-tagger-where [--rules DIR] [--model MODEL] [--margin M] [--holdout K]
 *                     [--list] TEXT_DIR ANN_DIR
 *
 * Every annotated attribution (brat standoff, the first annotator of each
 * article, as cg-eval reads them) gets one class, the first that holds:
 *   rules        an assertion of the rules alone (tagger = none) covers
 *                30% of its content;
 *   tagger       else an assertion of the pipeline's tagger (rule
 *                "tagger") does;
 *   other        else another assertion of the pipeline does (the
 *                tagger's merge moved the rules' output);
 *   nested       its cue lies inside a content of the rules: the tagger
 *                labels no sentence the rules took;
 *   taken        its sentence holds a rules' attribution (another one);
 *   no-trigger   its sentence holds no trigger word of the model;
 *   gate         no trigger word scores as a cue by the margin;
 *   merge        the model labels its cue and 30% of its content, but
 *                the extractor's merge keeps nothing of it;
 *   model        the model's labels miss its cue or its content.
 * The model is the rules' own (extract.rules "tagger") unless --model
 * names another (a `cg-train --holdout K` model, with --holdout K to
 * count only the articles it left out); the margin is extract.rules'
 * tagger_min_margin unless --margin is given.  --list also prints each
 * attribution the pipeline misses, tab-separated: class, article, cue,
 * content.
 */
#include "claimgraph.h"
#include "brat.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { W_RULES, W_TAGGER, W_OTHER, W_NESTED, W_TAKEN, W_NO_TRIGGER, W_GATE, W_MERGE, W_MODEL, W_N };
static const char *const where_names[W_N] = {
  "rules", "tagger", "other", "nested", "taken", "no-trigger", "gate", "merge", "model"
};

/* The characters of gold ranges RANGES (pairs of gint64) that byte span
 * SP covers, B2C converting bytes to characters. */
static glong
covered (GArray *ranges, CgSpan sp, const glong *b2c)
{
  if (!cg_span_is_set (sp) || sp.end <= sp.start)
    return 0;
  glong s = b2c[sp.start], e = b2c[sp.end], n = 0;
  for (guint q = 0; q + 1 < ranges->len; q += 2)
    {
      gint64 a = g_array_index (ranges, gint64, q), b = g_array_index (ranges, gint64, q + 1);
      n += MAX (0, MIN (e, b) - MAX (s, a));
    }
  return n;
}

static glong
range_chars (GArray *ranges)
{
  glong n = 0;
  for (guint q = 0; q + 1 < ranges->len; q += 2)
    n += MAX (0, g_array_index (ranges, gint64, q + 1) - g_array_index (ranges, gint64, q));
  return n;
}

/* The argument of ROLE of attribution ARGS, or NULL. */
static const CgBratArg *
arg_of (GArray *args, CgBratRole role)
{
  for (guint j = 0; j < args->len; j++)
    if (g_array_index (args, CgBratArg, j).role == role && g_array_index (args, CgBratArg, j).ranges->len >= 2)
      return &g_array_index (args, CgBratArg, j);
  return NULL;
}

/* The assertion of AS not USED yet (author claims aside) covering most
 * of CONTENT (CHARS characters), at least 30%, or -1.  One assertion
 * matches one attribution, as in cg-eval: a content holding another
 * attribution does not count for it too. */
static gint
best_match (GPtrArray *as, const gboolean *used, GArray *content, glong chars, const glong *b2c)
{
  gint best = -1;
  glong best_n = 0;
  for (guint k = 0; k < as->len; k++)
    {
      const CgAssertion *a = g_ptr_array_index (as, k);
      if (a->kind == CG_KIND_AUTHOR || used[k])
        continue;
      glong n = covered (content, a->span, b2c);
      if (n * 10 >= chars * 3 && n > best_n)
        {
          best = (gint) k;
          best_n = n;
        }
    }
  return best;
}

/* The text of gold ranges RANGES of the article's characters CHARS, its
 * parts joined by " … ".  Returns a new string. */
static char *
gold_text (GArray *ranges, const gunichar *chars, glong n_chars)
{
  GString *s = g_string_new (NULL);
  for (guint q = 0; ranges && q + 1 < ranges->len; q += 2)
    {
      gint64 a = g_array_index (ranges, gint64, q), b = g_array_index (ranges, gint64, q + 1);
      if (q)
        g_string_append (s, " … ");
      for (gint64 i = MAX (0, a); i < MIN (b, n_chars); i++)
        g_string_append_unichar (s, chars[i] == '\n' || chars[i] == '\t' ? ' ' : chars[i]);
    }
  return g_string_free (s, FALSE);
}

int
main (int argc, char **argv)
{
  char *rules_dir = NULL, *model_path = NULL;
  double margin = -1;
  gint holdout = 0;
  gboolean list = FALSE;
  GOptionEntry entries[] = {
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, "User rule directory", "DIR" },
    { "model", 0, 0, G_OPTION_ARG_FILENAME, &model_path, "Tagger model (default: the rules' own)", "MODEL" },
    { "margin", 0, 0, G_OPTION_ARG_DOUBLE, &margin, "Trigger margin (default: extract.rules')", "M" },
    { "holdout", 0, 0, G_OPTION_ARG_INT, &holdout, "Count only every K-th article (cg-train --holdout K)", "K" },
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, "Print each attribution the pipeline misses", NULL },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };
  GOptionContext *ctx = g_option_context_new ("TEXT_DIR ANN_DIR");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 3)
    return cg_brat_usage (ctx, error, "usage: cg-tagger-where [--rules DIR] [--model MODEL] [--margin M] "
                          "[--holdout K] [--list] TEXT_DIR ANN_DIR");
  g_option_context_free (ctx);
  /* the pipeline with the model, and the rules alone */
  char *setting = model_path ? g_strdup_printf ("tagger = %s", model_path) : g_strdup ("");
  CgBratTrainer tp, tr;
  int status = cg_brat_trainer_open (&tp, "cg-tagger-where", rules_dir, setting, argv[1], argv[2]);
  if (status != 0)
    return status;
  status = cg_brat_trainer_open (&tr, "cg-tagger-where", rules_dir, "tagger = none", argv[1], argv[2]);
  if (status != 0)
    return status;
  /* the model file as the extractor finds it: beside the rule file that
   * names it, else among the shipped rules */
  const CgRule *named = cg_rules_setting (tp.rules, "extract", "tagger");
  const char *v = named ? cg_rule_attr (named, "value") : NULL;
  char *path = NULL;
  if (model_path)
    path = g_canonicalize_filename (model_path, NULL);
  else if (v && strcmp (v, "none") != 0)
    {
      char *dir = g_path_get_dirname (named->file ? named->file : ".");
      path = g_build_filename (dir, v, NULL);
      g_free (dir);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_free (path);
          path = g_build_filename (cg_rules_default_dir (), v, NULL);
        }
    }
  CgTagger *tagger = path ? cg_tagger_load (path, &error) : NULL;
  if (tagger == NULL)
    {
      fprintf (stderr, "cg-tagger-where: %s\n", error ? error->message : "no tagger model");
      return 1;
    }
  if (margin < 0)
    margin = cg_rules_number (tp.rules, "extract", "tagger_min_margin", 0);

  guint64 count[W_N] = { 0 }, total = 0;
  for (guint i = 0; i < tp.pairs->len; i++)
    {
      if (holdout > 0 && !cg_brat_held_out (i, holdout))
        continue;
      const CgBratPair *pair = g_ptr_array_index (tp.pairs, i);
      CgArticle *a = cg_reader_read_file (tp.reader, pair->txt_path, &error);
      GPtrArray *attrs = a ? cg_brat_read (pair->ann_path, &error) : NULL;
      if (attrs == NULL)
        {
          fprintf (stderr, "cg-tagger-where: %s (skipped)\n", error->message);
          g_clear_error (&error);
          if (a)
            cg_article_free (a);
          continue;
        }
      gunichar *chars = NULL;
      glong n_chars = 0;
      glong *b2c = cg_brat_byte_to_char (a->raw, a->len, &chars, &n_chars);
      CgSegments *s = cg_segmenter_run (tp.seg, a->text, a->len);
      GPtrArray *pipe = cg_extractor_run (tp.x, a, s), *rules = cg_extractor_run (tr.x, a, s);
      CgTagDoc *doc = cg_extractor_tag_doc (tp.x, a, s);
      guint nt = doc->tokens->len;
      gboolean *used_r = g_new0 (gboolean, rules->len + 1), *used_p = g_new0 (gboolean, pipe->len + 1);
      for (guint k = 0; k < attrs->len; k++)
        {
          GArray *args = g_ptr_array_index (attrs, k);
          const CgBratArg *content = arg_of (args, CG_BRAT_CONTENT), *cue = arg_of (args, CG_BRAT_CUE);
          if (content == NULL)
            continue;
          glong chars_in = range_chars (content->ranges);
          if (chars_in == 0)
            continue;
          total++;
          guint w;
          gint mr = best_match (rules, used_r, content->ranges, chars_in, b2c);
          gint mp = best_match (pipe, used_p, content->ranges, chars_in, b2c);
          if (mr >= 0)
            used_r[mr] = TRUE;
          if (mp >= 0)
            used_p[mp] = TRUE;
          const CgAssertion *pa = mp >= 0 ? g_ptr_array_index (pipe, mp) : NULL;
          if (mr >= 0)
            w = W_RULES;
          else if (pa && pa->rule && strcmp (pa->rule, "tagger") == 0)
            w = W_TAGGER;
          else if (pa)
            w = W_OTHER;
          else
            {
              /* the token its cue (else its content) starts at, and that token's sentence */
              gint64 at = g_array_index ((cue ? cue : content)->ranges, gint64, 0);
              guint t = 0;
              while (t < nt && b2c[g_array_index (doc->spans, CgSpan, t).end] <= at)
                t++;
              guint ss = 0, se = nt;
              for (guint q = 0; q + 1 < doc->sentences->len; q++)
                if (g_array_index (doc->sentences, guint, q + 1) > t)
                  {
                    ss = g_array_index (doc->sentences, guint, q);
                    se = g_array_index (doc->sentences, guint, q + 1);
                    break;
                  }
              CgSpan sent = { t < nt ? g_array_index (doc->spans, CgSpan, ss).start : 0,
                              t < nt ? g_array_index (doc->spans, CgSpan, se - 1).end : 0 };
              gboolean nested = FALSE, taken = FALSE;
              for (guint r = 0; r < rules->len; r++)
                {
                  const CgAssertion *x = g_ptr_array_index (rules, r);
                  if (x->kind == CG_KIND_AUTHOR)
                    continue;
                  gint64 atb = t < nt ? g_array_index (doc->spans, CgSpan, t).start : -1;
                  nested |= cg_span_is_set (x->span) && x->span.start <= atb && atb < x->span.end;
                  const CgSpan parts[3] = { x->span, x->cue, x->source };
                  for (guint j = 0; j < 3; j++)
                    taken |= cg_span_is_set (parts[j]) && parts[j].start < sent.end && sent.start < parts[j].end;
                }
              gboolean trigger = FALSE;
              for (guint q = ss; q < se; q++)
                trigger |= (g_array_index (doc->tokens, CgTagToken, q).flags & CG_TAGF_TRIGGER) != 0;
              if (t >= nt)
                w = W_MODEL;
              else if (nested)
                w = W_NESTED;
              else if (taken)
                w = W_TAKEN;
              else if (!trigger)
                w = W_NO_TRIGGER;
              else
                {
                  guint n = se - ss;
                  guint8 *labels = g_new (guint8, n);
                  if (!cg_tagger_tag (tagger, &g_array_index (doc->tokens, CgTagToken, ss), n, margin, labels, NULL))
                    w = W_GATE;
                  else
                    {
                      /* the model's cue on the annotated cue's first token, and
                       * its content over 30% of the annotated content's tokens */
                      gboolean cue_ok = cue == NULL || labels[t - ss] == CG_TAG_B_CUE || labels[t - ss] == CG_TAG_I_CUE;
                      guint in = 0, on = 0;
                      for (guint q = ss; q < se; q++)
                        {
                          CgSpan sp = g_array_index (doc->spans, CgSpan, q);
                          if (covered (content->ranges, sp, b2c) == 0)
                            continue;
                          in++;
                          on += labels[q - ss] == CG_TAG_B_CONTENT || labels[q - ss] == CG_TAG_I_CONTENT;
                        }
                      w = cue_ok && in > 0 && on * 10 >= in * 3 ? W_MERGE : W_MODEL;
                    }
                  g_free (labels);
                }
            }
          count[w]++;
          if (list && w > W_OTHER)
            {
              char *ct = gold_text (content->ranges, chars, n_chars), *qt = gold_text (cue ? cue->ranges : NULL, chars, n_chars);
              printf ("%s\t%s\t%s\t%s\n", where_names[w], pair->base, qt, ct);
              g_free (ct);
              g_free (qt);
            }
        }
      g_free (used_r);
      g_free (used_p);
      cg_tag_doc_free (doc);
      g_ptr_array_unref (pipe);
      g_ptr_array_unref (rules);
      cg_segments_free (s);
      g_free (b2c);
      g_free (chars);
      g_ptr_array_unref (attrs);
      cg_article_free (a);
    }
  printf ("attributions with a content: %" G_GUINT64_FORMAT " (content covered 30%%; model margin %.2f)\n", total,
          margin);
  for (guint w = 0; w < W_N; w++)
    printf ("  %-11s %6" G_GUINT64_FORMAT "  %5.1f%%\n", where_names[w], count[w],
            total ? 100.0 * count[w] / total : 0);
  cg_tagger_free (tagger);
  g_free (path);
  g_free (setting);
  g_free (model_path);
  g_free (rules_dir);
  cg_brat_trainer_close (&tp);
  cg_brat_trainer_close (&tr);
  return 0;
}
