/* clusters.c: cg-clusters, word classes for the learned tagger learned
 * from unlabelled news, without any annotation.
 *
 *     cg-clusters [--rules DIR] [--vocab N] [--context N] [--k K] [--coarse K2]
 *                 [--iterations I] -o CLUSTERS (DIR | LIST_FILE)...
 *
 * PolNeAR's train split is too small for a tagger to learn what most words
 * do; a word's neighbours in a large unlabelled corpus tell which words
 * behave alike ("contended" like "argued", "spokeswoman" like "aide").
 * Every article is read, segmented and tokenized exactly as the tagger
 * sees it (cg_extractor_tag_doc).  The --vocab most frequent tokens each
 * get a vector of their left and right neighbours among the --context
 * most frequent ones (positive pointwise mutual information, unit
 * length), and spherical k-means puts them into --k classes; the class
 * centroids are clustered again into --coarse classes.  The result is
 * a text file (rules/README.md, "clusters"): one "WORD FINE COARSE" line
 * per word.  The tagger model trained with it records its checksum.
 *
 * An argument is a directory (every *.txt in it) or a file listing one
 * article path per line.  Deterministic: a fixed seed, file names
 * sorted.
 */
#include "claimgraph.h"
#include "brat.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  GHashTable *ids;     /* word -> id + 1 */
  GPtrArray  *words;   /* id -> word (owned by the chunk) */
  GArray     *count;   /* id -> guint64 */
  GArray     *seq;     /* guint32: word ids, SENT_END between sentences */
  GStringChunk *chunk;
} Corpus;

#define SENT_END G_MAXUINT32

static guint32
intern (Corpus *c, const char *w)
{
  gpointer v = g_hash_table_lookup (c->ids, w);
  if (v)
    return GPOINTER_TO_UINT (v) - 1;
  char *s = g_string_chunk_insert_const (c->chunk, w);
  guint32 id = c->words->len;
  g_ptr_array_add (c->words, s);
  guint64 zero = 0;
  g_array_append_val (c->count, zero);
  g_hash_table_insert (c->ids, s, GUINT_TO_POINTER (id + 1));
  return id;
}

static void
add_paths (const char *arg, GPtrArray *paths)
{
  if (g_file_test (arg, G_FILE_TEST_IS_DIR))
    {
      GDir *d = g_dir_open (arg, 0, NULL);
      const char *n;
      GPtrArray *here = g_ptr_array_new ();
      while (d && (n = g_dir_read_name (d)))
        if (g_str_has_suffix (n, ".txt"))
          g_ptr_array_add (here, g_build_filename (arg, n, NULL));
      if (d)
        g_dir_close (d);
      g_ptr_array_sort (here, (GCompareFunc) g_strcmp0);
      for (guint i = 0; i < here->len; i++)
        g_ptr_array_add (paths, g_ptr_array_index (here, i));
      g_ptr_array_unref (here);
      return;
    }
  char *data;
  if (!g_file_get_contents (arg, &data, NULL, NULL))
    {
      fprintf (stderr, "cg-clusters: %s: cannot read\n", arg);
      return;
    }
  char **lines = g_strsplit (data, "\n", -1);
  for (char **l = lines; *l; l++)
    if (**l)
      g_ptr_array_add (paths, g_strdup (g_strstrip (*l)));
  g_strfreev (lines);
  g_free (data);
}

static gint
by_count_desc (gconstpointer a, gconstpointer b, gpointer data)
{
  const guint64 *count = data;
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  if (count[x] != count[y])
    return count[x] > count[y] ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* A sparse unit vector. */
typedef struct {
  guint  n;
  guint *dim;
  float *val;
} Vec;

/* Spherical k-means of the unit vectors V[0, N) (dimension D) into K
 * classes, ITERS passes, seeds drawn with a fixed seed; the dense unit
 * centroids into CENT (K x D) and each vector's class into ASSIGN. */
static void
kmeans_sparse (const Vec *v, guint n, guint d, guint k, guint iters, float *cent, guint *assign)
{
  GRand *rand = g_rand_new_with_seed (20161108);
  memset (cent, 0, sizeof (float) * k * d);
  for (guint c = 0; c < k; c++)
    {
      guint pick = (guint) g_rand_int_range (rand, 0, (gint32) n);
      for (guint j = 0; j < v[pick].n; j++)
        cent[(gsize) c * d + v[pick].dim[j]] = v[pick].val[j];
    }
  double *sum = g_new (double, (gsize) k * d);
  for (guint it = 0; it < iters; it++)
    {
      guint moved = 0;
      double total = 0;
      for (guint i = 0; i < n; i++)
        {
          guint best = 0;
          float bv = -2;
          for (guint c = 0; c < k; c++)
            {
              const float *ce = cent + (gsize) c * d;
              float s = 0;
              for (guint j = 0; j < v[i].n; j++)
                s += ce[v[i].dim[j]] * v[i].val[j];
              if (s > bv)
                {
                  bv = s;
                  best = c;
                }
            }
          moved += it == 0 || assign[i] != best;
          assign[i] = best;
          total += bv;
        }
      memset (sum, 0, sizeof (double) * k * d);
      guint *size = g_new0 (guint, k);
      for (guint i = 0; i < n; i++)
        {
          size[assign[i]]++;
          for (guint j = 0; j < v[i].n; j++)
            sum[(gsize) assign[i] * d + v[i].dim[j]] += v[i].val[j];
        }
      for (guint c = 0; c < k; c++)
        {
          double norm = 0;
          for (guint j = 0; j < d; j++)
            norm += sum[(gsize) c * d + j] * sum[(gsize) c * d + j];
          norm = sqrt (norm);
          if (size[c] == 0 || norm == 0)
            {
              /* an empty class takes a random word */
              guint pick = (guint) g_rand_int_range (rand, 0, (gint32) n);
              memset (cent + (gsize) c * d, 0, sizeof (float) * d);
              for (guint j = 0; j < v[pick].n; j++)
                cent[(gsize) c * d + v[pick].dim[j]] = v[pick].val[j];
              continue;
            }
          for (guint j = 0; j < d; j++)
            cent[(gsize) c * d + j] = (float) (sum[(gsize) c * d + j] / norm);
        }
      g_free (size);
      fprintf (stderr, "cg-clusters: k=%u pass %u: %u moved, mean cosine %.4f\n", k, it + 1, moved, total / n);
      if (moved == 0)
        break;
    }
  g_free (sum);
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  char *rules_dir = NULL, *out_path = NULL;
  gint vocab = 20000, context = 400, k = 256, coarse = 32, iters = 12;
  GOptionEntry entries[] = {
    { "rules", 0, 0, G_OPTION_ARG_FILENAME, &rules_dir, "User rule directory", "DIR" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &out_path, "Clusters file to write", "FILE" },
    { "vocab", 0, 0, G_OPTION_ARG_INT, &vocab, "Words given a class: the N most frequent (20000)", "N" },
    { "context", 0, 0, G_OPTION_ARG_INT, &context, "Neighbours counted: the N most frequent (400)", "N" },
    { "k", 0, 0, G_OPTION_ARG_INT, &k, "Fine classes (256)", "K" },
    { "coarse", 0, 0, G_OPTION_ARG_INT, &coarse, "Coarse classes (32)", "K" },
    { "iterations", 0, 0, G_OPTION_ARG_INT, &iters, "k-means passes at most (12)", "N" },
    { NULL, 0, 0, 0, NULL, NULL, NULL }
  };
  GOptionContext *ctx = g_option_context_new ("(DIR | LIST_FILE)...");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc < 2 || out_path == NULL || vocab < 2
      || context < 2 || k < 2 || k > 65535 || coarse < 1 || coarse > k || iters < 1)
    return cg_brat_usage (ctx, error, "usage: cg-clusters [--vocab N] [--context N] [--k K] [--coarse K] "
                          "-o CLUSTERS (DIR | LIST_FILE)...");
  g_option_context_free (ctx);

  CgRules *rules = cg_brat_load_rules_with (rules_dir, "tagger = none", "cg-clusters-XXXXXX", &error);
  CgReader *reader = rules ? cg_reader_new (rules, &error) : NULL;
  CgSegmenter *seg = reader ? cg_segmenter_new (rules, &error) : NULL;
  CgExtractor *x = seg ? cg_extractor_new (rules, &error) : NULL;
  if (x == NULL)
    {
      fprintf (stderr, "cg-clusters: %s\n", error->message);
      return 1;
    }
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  for (int i = 1; i < argc; i++)
    add_paths (argv[i], paths);

  clock_t c0 = clock ();
  Corpus c = { g_hash_table_new (g_str_hash, g_str_equal), g_ptr_array_new (), g_array_new (FALSE, FALSE, sizeof (guint64)),
               g_array_new (FALSE, FALSE, sizeof (guint32)), g_string_chunk_new (1 << 16) };
  guint64 bytes = 0;
  for (guint p = 0; p < paths->len; p++)
    {
      CgArticle *a = cg_reader_read_file (reader, g_ptr_array_index (paths, p), &error);
      if (a == NULL)
        {
          fprintf (stderr, "cg-clusters: %s (skipped)\n", error->message);
          g_clear_error (&error);
          continue;
        }
      bytes += a->len;
      CgSegments *s = cg_segmenter_run (seg, a->text, a->len);
      CgTagDoc *doc = cg_extractor_tag_doc (x, a, s);
      for (guint si = 0; si + 1 < doc->sentences->len; si++)
        {
          guint from = g_array_index (doc->sentences, guint, si), to = g_array_index (doc->sentences, guint, si + 1);
          for (guint t = from; t < to; t++)
            {
              const char *w = g_array_index (doc->tokens, CgTagToken, t).word;
              if (strchr (w, ' ') || strchr (w, '\n'))
                continue;
              guint32 id = intern (&c, w);
              g_array_index (c.count, guint64, id)++;
              g_array_append_val (c.seq, id);
            }
          guint32 end = SENT_END;
          g_array_append_val (c.seq, end);
        }
      cg_tag_doc_free (doc);
      cg_segments_free (s);
      cg_article_free (a);
    }
  fprintf (stderr, "cg-clusters: %u articles, %" G_GUINT64_FORMAT " bytes, %u tokens, %u distinct; read in %.1f s\n",
           paths->len, bytes, c.seq->len, c.words->len, (double) (clock () - c0) / CLOCKS_PER_SEC);

  /* words by frequency: the first VOCAB get a class, the first CONTEXT are dimensions */
  guint nw = c.words->len;
  guint32 *rank = g_new (guint32, nw);
  for (guint i = 0; i < nw; i++)
    rank[i] = i;
  const guint64 *count = (const guint64 *) (const void *) c.count->data;
  g_qsort_with_data (rank, (gint) nw, sizeof (guint32), by_count_desc, (gpointer) count);
  guint nv = MIN ((guint) vocab, nw), nc = MIN ((guint) context, nw);
  gint32 *vpos = g_new (gint32, nw), *cpos = g_new (gint32, nw);
  for (guint i = 0; i < nw; i++)
    vpos[i] = cpos[i] = -1;
  for (guint i = 0; i < nv; i++)
    vpos[rank[i]] = (gint32) i;
  for (guint i = 0; i < nc; i++)
    cpos[rank[i]] = (gint32) i;
  /* dimensions: left neighbour (nc + sentence start), right neighbour (nc + sentence end) */
  guint d = 2 * (nc + 1);
  guint32 *cnt = g_new0 (guint32, (gsize) nv * d);
  guint64 *dimtotal = g_new0 (guint64, d);
  const guint32 *seq = (const guint32 *) (const void *) c.seq->data;
  for (guint i = 0; i < c.seq->len; i++)
    {
      if (seq[i] == SENT_END || vpos[seq[i]] < 0)
        continue;
      guint32 l = i > 0 ? seq[i - 1] : SENT_END, r = i + 1 < c.seq->len ? seq[i + 1] : SENT_END;
      guint dl = l == SENT_END ? nc : cpos[l] >= 0 ? (guint) cpos[l] : G_MAXUINT;
      guint dr = r == SENT_END ? nc : cpos[r] >= 0 ? (guint) cpos[r] : G_MAXUINT;
      guint32 *row = cnt + (gsize) vpos[seq[i]] * d;
      if (dl != G_MAXUINT)
        {
          row[dl]++;
          dimtotal[dl]++;
        }
      if (dr != G_MAXUINT)
        {
          row[nc + 1 + dr]++;
          dimtotal[nc + 1 + dr]++;
        }
    }
  /* positive pointwise mutual information, unit length */
  double all = 0;
  for (guint j = 0; j < d; j++)
    all += (double) dimtotal[j];
  Vec *v = g_new0 (Vec, nv);
  for (guint i = 0; i < nv; i++)
    {
      const guint32 *row = cnt + (gsize) i * d;
      double wt = 0;
      for (guint j = 0; j < d; j++)
        wt += row[j];
      v[i].dim = g_new (guint, d);
      v[i].val = g_new (float, d);
      double norm = 0;
      for (guint j = 0; j < d; j++)
        {
          if (row[j] == 0)
            continue;
          double pmi = log ((double) row[j] * all / (wt * (double) dimtotal[j]));
          if (pmi <= 0)
            continue;
          v[i].dim[v[i].n] = j;
          v[i].val[v[i].n++] = (float) pmi;
          norm += pmi * pmi;
        }
      norm = sqrt (norm);
      for (guint j = 0; j < v[i].n; j++)
        v[i].val[j] = (float) (v[i].val[j] / (norm > 0 ? norm : 1));
    }
  g_free (cnt);
  guint *assign = g_new (guint, nv);
  float *cent = g_new (float, (gsize) k * d);
  kmeans_sparse (v, nv, d, (guint) k, (guint) iters, cent, assign);
  /* the coarse classes: the fine centroids clustered again */
  Vec *cv = g_new0 (Vec, k);
  for (gint c2 = 0; c2 < k; c2++)
    {
      cv[c2].dim = g_new (guint, d);
      cv[c2].val = g_new (float, d);
      for (guint j = 0; j < d; j++)
        if (cent[(gsize) c2 * d + j] != 0)
          {
            cv[c2].dim[cv[c2].n] = j;
            cv[c2].val[cv[c2].n++] = cent[(gsize) c2 * d + j];
          }
    }
  guint *cassign = g_new (guint, k);
  float *ccent = g_new (float, (gsize) coarse * d);
  kmeans_sparse (cv, (guint) k, d, (guint) coarse, (guint) iters * 2, ccent, cassign);

  GString *out = g_string_new (NULL);
  g_string_append_printf (out, "claimgraph-clusters 1\n# cg-clusters --vocab %d --context %d --k %d --coarse %d: "
                          "%u articles, %u tokens\n", vocab, context, k, coarse, paths->len, c.seq->len);
  for (guint i = 0; i < nv; i++)
    g_string_append_printf (out, "%s %u %u\n", (const char *) g_ptr_array_index (c.words, rank[i]), assign[i],
                            cassign[assign[i]]);
  int rc = 0;
  if (!g_file_set_contents (out_path, out->str, (gssize) out->len, &error))
    {
      fprintf (stderr, "cg-clusters: %s\n", error->message);
      g_clear_error (&error);
      rc = 1;
    }
  else
    fprintf (stderr, "cg-clusters: wrote %s (%u words, %.1f s of CPU)\n", out_path, nv,
             (double) (clock () - c0) / CLOCKS_PER_SEC);
  g_string_free (out, TRUE);
  for (guint i = 0; i < nv; i++)
    {
      g_free (v[i].dim);
      g_free (v[i].val);
    }
  for (gint i = 0; i < k; i++)
    {
      g_free (cv[i].dim);
      g_free (cv[i].val);
    }
  g_free (v);
  g_free (cv);
  g_free (assign);
  g_free (cassign);
  g_free (cent);
  g_free (ccent);
  g_free (dimtotal);
  g_free (rank);
  g_free (vpos);
  g_free (cpos);
  g_hash_table_unref (c.ids);
  g_ptr_array_unref (c.words);
  g_array_unref (c.count);
  g_array_unref (c.seq);
  g_string_chunk_free (c.chunk);
  g_ptr_array_unref (paths);
  cg_extractor_free (x);
  cg_segmenter_free (seg);
  cg_reader_free (reader);
  cg_rules_free (rules);
  g_free (rules_dir);
  g_free (out_path);
  return rc;
}
