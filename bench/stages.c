/* stages.c: cg-bench, the per-stage speed and memory benchmark.
 *
 *   cg-bench stages [-r RUNS] [--store] [--counts FILE.tsv] LISTFILE
 *   cg-bench dot-synthetic [-r RUNS] [--sample LISTFILE] [--all-formats] [-o FILE]
 *                          [--writer auto|cgraph|stream] N
 *
 * "stages" runs the pipeline of pipeline.c by hand over the articles named
 * in LISTFILE (one path per line) on one thread, with a clock around each
 * stage call, so each stage's share shows: read, segment, extract, resolve
 * (per article, in file order like cg_pipeline_analyze), then link, score
 * and graph export over the whole corpus.  Linking is also timed on the
 * first half of the articles with a fresh linker, so one run shows how
 * link time grows when the corpus doubles.  With --store the whole ingest
 * through cg_store_ingest() (one thread) into a temporary database and a
 * cg_store_load() back are timed too.  Each figure is the median of RUNS
 * runs; peak memory is getrusage's ru_maxrss after each phase.
 *
 * "dot-synthetic" builds a CgCorpus of about N graph nodes (articles,
 * speakers, assertions, claims, plus links) whose texts are drawn from the
 * sample articles, and times cg_graph_new() and cg_graph_export() to DOT in
 * a temporary file (kept with -o FILE, for a look at what is written).
 *
 * Output is one "key=value ..." line per figure, for run.sh to pick up.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <signal.h>
#include <unistd.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <glib.h>
#include <glib/gstdio.h>
#include "claimgraph.h"

static double
now (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec + (double) ts.tv_nsec / 1e9;
}

/* Peak resident set of this process so far, in MB. */
static double
maxrss_mb (void)
{
  struct rusage ru;
  getrusage (RUSAGE_SELF, &ru);
  return (double) ru.ru_maxrss / 1024.0;
}

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* The median of N values (sorted in place). */
static double
median (double *v, guint n)
{
  if (n == 0)
    return 0;
  qsort (v, n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* The non-empty lines of FILE.  Returns a new NULL-terminated vector. */
static char **
read_list (const char *file, GError **error)
{
  char *text = NULL;
  if (!g_file_get_contents (file, &text, NULL, error))
    return NULL;
  char **lines = g_strsplit (text, "\n", -1);
  g_free (text);
  GPtrArray *out = g_ptr_array_new ();
  for (char **l = lines; *l; l++)
    if (**l)
      g_ptr_array_add (out, g_strdup (*l));
  g_ptr_array_add (out, NULL);
  g_strfreev (lines);
  return (char **) g_ptr_array_free (out, FALSE);
}

/* Remove DIR and the files directly in it (the store's db, -wal, -shm). */
static void
remove_tmpdir (const char *dir)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  if (d)
    {
      const char *name;
      while ((name = g_dir_read_name (d)) != NULL)
        {
          char *p = g_build_filename (dir, name, NULL);
          g_unlink (p);
          g_free (p);
        }
      g_dir_close (d);
    }
  g_rmdir (dir);
}

/* ---- stages ---------------------------------------------------------------- */

enum {
  ST_READ, ST_SEGMENT, ST_EXTRACT, ST_RESOLVE, ST_LINK_HALF, ST_LINK, ST_SCORE,
  ST_GRAPH, ST_DOT, ST_JSON, ST_GRAPHML, ST_STORE_INGEST, ST_STORE_LOAD, ST_N
};

static const char *const stage_names[ST_N] = {
  "read", "segment", "extract", "resolve", "link_half", "link", "score",
  "graph_build", "export_dot", "export_json", "export_graphml", "store_ingest", "store_load"
};

typedef struct {
  CgRules     *rules;
  CgReader    *reader;
  CgSegmenter *segmenter;
  CgExtractor *extractor;
  char       **paths;
  guint        n_paths;
  gboolean     store;
  const char  *counts_file;
  /* figures of the last run */
  guint64      bytes;
  guint        articles;
  guint64      bytes_half;
  guint        articles_half;
  guint        assertions, assertions_half, speakers, links, links_half, claims;
  guint64      candidates, candidates_half, compared, compared_half;   /* cg_linker_counts() */
  guint64      lsh_read, lsh_read_half, lsh_ranked, lsh_ranked_half; /* cg_linker_lsh_counts() */
  guint64      sentences, quotes, direct, mixed, indirect, author;
  double       rss_articles, rss_link, rss_export, rss_store;
  /* A stage that failed (e.g. an exporter not built yet) is reported with
   * its message instead of a time; the other stages still run. */
  char        *failed[ST_N];
  guint        export_timeout;     /* seconds */
  gboolean     export_timed_out;   /* in an earlier run: do not try again */
  double       rss_export_child;
} Bench;

static void
stage_failed (Bench *b, guint stage, GError **error)
{
  g_free (b->failed[stage]);
  b->failed[stage] = g_strdup (*error ? (*error)->message : "failed");
  g_clear_error (error);
}

/* Wall clock and this thread's CPU time: on a shared machine the wall
 * clock also counts the time other processes held the core, so one-core
 * throughput is judged on CPU time and the wall time is shown beside it. */
typedef struct {
  double wall;
  double cpu;
} Tick;

static Tick
tick (void)
{
  struct timespec w, c;
  clock_gettime (CLOCK_MONOTONIC, &w);
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &c);
  return (Tick) { (double) w.tv_sec + (double) w.tv_nsec / 1e9, (double) c.tv_sec + (double) c.tv_nsec / 1e9 };
}

/* T holds ST_N wall times then ST_N CPU times. */
static void
add (double *t, guint stage, Tick from, Tick to)
{
  t[stage] += to.wall - from.wall;
  t[ST_N + stage] += to.cpu - from.cpu;
}

static void
set_article_ids (CgArticle *a, GPtrArray *assertions, guint n)
{
  a->id = g_strdup_printf ("d%u", n);
  for (guint k = 0; k < assertions->len; k++)
    {
      CgAssertion *as = g_ptr_array_index (assertions, k);
      cg_assertion_set_string (as, &as->article_id, g_strdup (a->id));
    }
}

static gboolean
export_to_tmp (CgGraph *graph, CgExportFormat format, const char *dir, const char *name, GError **error)
{
  CgGraphFilter filter = { NULL, 2, NULL, NULL, NULL, NULL };
  char *path = g_build_filename (dir, name, NULL);
  gboolean ok = cg_graph_export (graph, format, &filter, path, error);
  g_unlink (path);
  g_free (path);
  return ok;
}

/* The graph is built here; its exports run in a child process with a time
 * limit, so an exporter that grows badly with the corpus costs minutes, not
 * hours, and once it has run out of time the later runs skip it.  The
 * child reports each stage's wall and CPU time, its error and its peak
 * memory through a pipe, one line each. */
static void
run_exports (Bench *b, CgCorpus *corpus, double *t)
{
  static const struct { guint stage; CgExportFormat format; const char *name; } outs[] = {
    { ST_DOT, CG_EXPORT_DOT, "graph.dot" }, { ST_JSON, CG_EXPORT_JSON, "graph.json" },
    { ST_GRAPHML, CG_EXPORT_GRAPHML, "graph.graphml" },
  };
  static const guint stages[] = { ST_DOT, ST_JSON, ST_GRAPHML };
  Tick t0 = tick ();
  CgGraph *graph = cg_graph_new (corpus);
  add (t, ST_GRAPH, t0, tick ());
  if (b->export_timed_out)
    {
      cg_graph_free (graph);
      return;
    }
  int fds[2];
  if (pipe (fds) != 0)
    {
      for (guint k = 0; k < G_N_ELEMENTS (stages); k++)
        b->failed[stages[k]] = g_strdup_printf ("pipe: %s", g_strerror (errno));
      return;
    }
  fflush (stdout);
  fflush (stderr);
  pid_t pid = fork ();
  if (pid == 0)
    {
      close (fds[0]);
      FILE *w = fdopen (fds[1], "w");
      GError *error = NULL;
      char *dir = g_dir_make_tmp ("cg-bench-XXXXXX", &error);
      if (dir == NULL)
        _exit (1);
      for (guint k = 0; k < G_N_ELEMENTS (outs); k++)
        {
          Tick a = tick ();
          gboolean ok = export_to_tmp (graph, outs[k].format, dir, outs[k].name, &error);
          Tick z = tick ();
          char *msg = ok ? g_strdup ("") : g_strdelimit (g_strdup (error->message), "\n", ' ');
          fprintf (w, "%u %.6f %.6f %s\n", outs[k].stage, z.wall - a.wall, z.cpu - a.cpu, msg);
          fflush (w);
          g_free (msg);
          g_clear_error (&error);
        }
      remove_tmpdir (dir);
      fprintf (w, "rss %.1f\n", maxrss_mb ());
      fclose (w);
      _exit (0);
    }
  close (fds[1]);
  cg_graph_free (graph);
  gboolean done = FALSE;
  if (pid > 0)
    {
      gint64 deadline = g_get_monotonic_time () + (gint64) b->export_timeout * G_USEC_PER_SEC;
      int status;
      while (!(done = waitpid (pid, &status, WNOHANG) == pid) && g_get_monotonic_time () < deadline)
        g_usleep (20000);
      if (!done)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          b->export_timed_out = TRUE;
        }
    }
  gboolean seen[ST_N] = { FALSE };
  FILE *r = fdopen (fds[0], "r");
  char line[4096];
  while (r && fgets (line, sizeof line, r))
    {
      guint stage;
      double wall, cpu;
      int n = 0;
      if (strncmp (line, "rss ", 4) == 0)
        b->rss_export_child = MAX (b->rss_export_child, g_ascii_strtod (line + 4, NULL));
      else if (sscanf (line, "%u %lf %lf %n", &stage, &wall, &cpu, &n) >= 3 && stage < ST_N)
        {
          t[stage] += wall;
          t[ST_N + stage] += cpu;
          seen[stage] = TRUE;
          g_strchomp (line + n);
          if (line[n])
            {
              g_free (b->failed[stage]);
              b->failed[stage] = g_strdup (line + n);
            }
        }
    }
  if (r)
    fclose (r);
  for (guint k = 0; k < G_N_ELEMENTS (stages); k++)
    if (!seen[stages[k]])
      {
        g_free (b->failed[stages[k]]);
        b->failed[stages[k]] = done ? g_strdup ("the export process died")
                                    : g_strdup_printf ("did not finish within %u s (wall)", b->export_timeout);
      }
}

/* One run of every stage; adds each stage's seconds to T. */
static gboolean
run_once (Bench *b, double *t, gboolean last, GError **error)
{
  FILE *counts = NULL;
  if (last && b->counts_file)
    {
      counts = fopen (b->counts_file, "w");
      if (counts == NULL)
        {
          g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: %s", b->counts_file, g_strerror (errno));
          return FALSE;
        }
    }
  CgRegistry *registry = cg_registry_new (b->rules, error);
  if (registry == NULL)
    return FALSE;
  CgCorpus *corpus = cg_corpus_new ();
  guint half_assertions = 0, half_articles = (b->n_paths + 1) / 2;
  b->bytes = b->bytes_half = 0;
  b->sentences = b->quotes = b->direct = b->mixed = b->indirect = b->author = 0;
  for (guint i = 0; i < b->n_paths; i++)
    {
      Tick t0 = tick ();
      CgArticle *a = cg_reader_read_file (b->reader, b->paths[i], error);
      if (a == NULL)
        goto fail;
      Tick t1 = tick ();
      CgSegments *seg = cg_segmenter_run (b->segmenter, a->text, a->len);
      Tick t2 = tick ();
      GPtrArray *as = cg_extractor_run (b->extractor, a, seg);
      Tick t3 = tick ();
      set_article_ids (a, as, corpus->articles->len + 1);
      Tick t4 = tick ();
      cg_registry_resolve_article (registry, a, seg, as);
      Tick t5 = tick ();
      add (t, ST_READ, t0, t1);
      add (t, ST_SEGMENT, t1, t2);
      add (t, ST_EXTRACT, t2, t3);
      add (t, ST_RESOLVE, t4, t5);

      guint direct = 0, mixed = 0;
      for (guint k = 0; k < as->len; k++)
        {
          CgAssertion *x = g_ptr_array_index (as, k);
          x->id = g_strdup_printf ("a%u", corpus->assertions->len + 1);
          direct += x->kind == CG_KIND_DIRECT;
          mixed += x->kind == CG_KIND_MIXED;
          b->indirect += x->kind == CG_KIND_INDIRECT;
          b->author += x->kind == CG_KIND_AUTHOR;
          g_ptr_array_add (corpus->assertions, x);
        }
      b->sentences += seg->sentences->len;
      b->quotes += seg->quotes->len;
      b->direct += direct;
      b->mixed += mixed;
      if (counts)
        fprintf (counts, "%s\t%" G_GSIZE_FORMAT "\t%u\t%u\t%u\t%u\n", b->paths[i], a->len,
                 seg->sentences->len, seg->quotes->len, direct, mixed);
      b->bytes += a->len;
      if (i < half_articles)
        {
          b->bytes_half += a->len;
          half_assertions = corpus->assertions->len;
        }
      g_ptr_array_set_free_func (as, NULL);
      g_ptr_array_unref (as);
      cg_segments_free (seg);
      g_ptr_array_add (corpus->articles, a);
    }
  b->articles = corpus->articles->len;
  b->articles_half = half_articles;
  b->rss_articles = maxrss_mb ();
  g_ptr_array_unref (corpus->speakers);
  corpus->speakers = cg_registry_steal_speakers (registry);
  cg_registry_free (registry);
  registry = NULL;

  /* Link the first half with a fresh linker: the N of the N-to-2N check. */
  {
    GPtrArray *half = g_ptr_array_new ();
    for (guint k = 0; k < half_assertions; k++)
      g_ptr_array_add (half, g_ptr_array_index (corpus->assertions, k));
    GPtrArray *half_arts = g_ptr_array_new ();
    for (guint k = 0; k < half_articles && k < corpus->articles->len; k++)
      g_ptr_array_add (half_arts, g_ptr_array_index (corpus->articles, k));
    CgLinker *linker = cg_linker_new (b->rules, error);
    if (linker == NULL)
      goto fail;
    Tick t0 = tick ();
    GPtrArray *links = cg_linker_add (linker, half, half_arts);
    add (t, ST_LINK_HALF, t0, tick ());
    b->links_half = links->len;
    cg_linker_counts (linker, &b->candidates_half, &b->compared_half);
    cg_linker_lsh_counts (linker, &b->lsh_read_half, &b->lsh_ranked_half);
    b->assertions_half = half->len;
    g_ptr_array_unref (links);
    cg_linker_free (linker);
    g_ptr_array_unref (half);
    g_ptr_array_unref (half_arts);
  }
  {
    CgLinker *linker = cg_linker_new (b->rules, error);
    if (linker == NULL)
      goto fail;
    Tick t0 = tick ();
    GPtrArray *links = cg_linker_add (linker, corpus->assertions, corpus->articles);
    add (t, ST_LINK, t0, tick ());
    g_ptr_array_set_free_func (links, NULL);
    g_ptr_array_extend_and_steal (corpus->links, links);
    cg_linker_counts (linker, &b->candidates, &b->compared);
    cg_linker_lsh_counts (linker, &b->lsh_read, &b->lsh_ranked);
    cg_linker_free (linker);
  }
  b->rss_link = maxrss_mb ();
  {
    Tick t0 = tick ();
    cg_score_claims (corpus, b->rules);
    add (t, ST_SCORE, t0, tick ());
  }
  b->assertions = corpus->assertions->len;
  b->speakers = corpus->speakers->len;
  b->links = corpus->links->len;
  b->claims = corpus->claims->len;

  run_exports (b, corpus, t);
  b->rss_export = MAX (maxrss_mb (), b->rss_export_child);
  cg_corpus_free (corpus);
  corpus = NULL;

  if (b->store)
    {
      char *dir = g_dir_make_tmp ("cg-bench-store-XXXXXX", error);
      if (dir == NULL)
        goto fail;
      char *db = g_build_filename (dir, "bench.db", NULL);
      CgPipeline *p = cg_pipeline_new (b->rules, error);
      CgStore *store = p ? cg_store_open (db, CG_STORE_READ_WRITE, error) : NULL;
      Tick t0 = tick ();
      gboolean ok = store && cg_store_ingest (store, p, b->paths, 1, NULL, NULL, NULL, error);
      Tick t1 = tick ();
      cg_store_close (store);
      cg_pipeline_free (p);
      CgCorpus *loaded = NULL;
      Tick t2 = tick (), t3 = t2;
      if (ok && (store = cg_store_open (db, CG_STORE_READ_ONLY, error)) != NULL)
        {
          t2 = tick ();
          loaded = cg_store_load (store, FALSE, error);
          t3 = tick ();
          cg_store_close (store);
        }
      if (!ok)
        {
          stage_failed (b, ST_STORE_INGEST, error);
          g_free (b->failed[ST_STORE_LOAD]);
          b->failed[ST_STORE_LOAD] = g_strdup ("not run: store_ingest failed");
        }
      else if (loaded == NULL)
        stage_failed (b, ST_STORE_LOAD, error);
      cg_corpus_free (loaded);
      remove_tmpdir (dir);
      g_free (db);
      g_free (dir);
      add (t, ST_STORE_INGEST, t0, t1);
      add (t, ST_STORE_LOAD, t2, t3);
      b->rss_store = maxrss_mb ();
    }
  if (counts)
    fclose (counts);
  return TRUE;

fail:
  if (counts)
    fclose (counts);
  if (registry)
    cg_registry_free (registry);
  cg_corpus_free (corpus);
  return FALSE;
}

/* One stage's line: throughput is bytes (or articles) per CPU second;
 * wall_mbps is the same over the wall clock. */
static void
print_stage (const char *name, double wall, double cpu, guint64 bytes, guint articles)
{
  printf ("stage=%s seconds=%.4f cpu_seconds=%.4f mbps=%.3f aps=%.1f wall_mbps=%.3f\n", name, wall, cpu,
          cpu > 0 ? (double) bytes / 1e6 / cpu : 0.0, cpu > 0 ? articles / cpu : 0.0,
          wall > 0 ? (double) bytes / 1e6 / wall : 0.0);
}

static int
cmd_stages (int argc, char **argv)
{
  gint runs = 3;
  gboolean store = FALSE;
  gint export_timeout = 120;
  char *counts = NULL;
  GOptionEntry entries[] = {
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs to take the median of (default 3)", "N" },
    { "store", 0, 0, G_OPTION_ARG_NONE, &store, "Also time cg_store_ingest and cg_store_load", NULL },
    { "export-timeout", 0, 0, G_OPTION_ARG_INT, &export_timeout,
      "Give up the graph exports after SECONDS of wall time (default 120)", "SECONDS" },
    { "counts", 0, 0, G_OPTION_ARG_FILENAME, &counts,
      "Write per-article counts (path, bytes, sentences, quote spans, direct, mixed) to FILE", "FILE" },
    { NULL }
  };
  GOptionContext *ctx = g_option_context_new ("LISTFILE - time each stage over the listed articles");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  int status = 0;
  Bench b = { 0 };
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 2 || runs < 1)
    {
      fprintf (stderr, "cg-bench stages: %s\n", error ? error->message : "usage: cg-bench stages [OPTION...] LISTFILE");
      g_clear_error (&error);
      g_option_context_free (ctx);
      g_free (counts);
      return 2;
    }
  b.store = store;
  b.export_timeout = (guint) MAX (export_timeout, 1);
  b.counts_file = counts;
  b.paths = read_list (argv[1], &error);
  double t0 = now ();
  if (b.paths == NULL
      || (b.rules = cg_rules_load (NULL, &error)) == NULL
      || (b.reader = cg_reader_new (b.rules, &error)) == NULL
      || (b.segmenter = cg_segmenter_new (b.rules, &error)) == NULL
      || (b.extractor = cg_extractor_new (b.rules, &error)) == NULL)
    goto fail;
  double setup = now () - t0;
  b.n_paths = g_strv_length (b.paths);

  /* Per run: ST_N wall times, then ST_N CPU times. */
  const gsize stride = 2 * ST_N;
  double *t = g_new0 (double, (gsize) runs * stride);
  for (gint r = 0; r < runs; r++)
    if (!run_once (&b, t + (gsize) r * stride, r == runs - 1, &error))
      {
        g_free (t);
        goto fail;
      }
  double med[2 * ST_N];
  double *col = g_new (double, runs);
  for (guint s = 0; s < 2 * ST_N; s++)
    {
      for (gint r = 0; r < runs; r++)
        col[r] = t[(gsize) r * stride + s];
      med[s] = median (col, (guint) runs);
    }
  /* Sums over stages are medians of per-run sums, not sums of medians:
   * [0] segment+extract, [1] read..score (the analysis pipeline), wall and CPU. */
  double sums[2][2];
  for (guint c = 0; c < 2; c++)
    {
      for (gint r = 0; r < runs; r++)
        {
          double *x = t + (gsize) r * stride + c * ST_N;
          col[r] = x[ST_SEGMENT] + x[ST_EXTRACT];
        }
      sums[0][c] = median (col, (guint) runs);
      for (gint r = 0; r < runs; r++)
        {
          double *x = t + (gsize) r * stride + c * ST_N;
          col[r] = x[ST_READ] + x[ST_SEGMENT] + x[ST_EXTRACT] + x[ST_RESOLVE] + x[ST_LINK] + x[ST_SCORE];
        }
      sums[1][c] = median (col, (guint) runs);
    }
  g_free (col);
  g_free (t);

  printf ("corpus list=%s articles=%u bytes=%" G_GUINT64_FORMAT " runs=%d setup_seconds=%.4f\n",
          argv[1], b.articles, b.bytes, runs, setup);
  printf ("found sentences=%" G_GUINT64_FORMAT " quote_spans=%" G_GUINT64_FORMAT " direct=%" G_GUINT64_FORMAT
          " mixed=%" G_GUINT64_FORMAT " indirect=%" G_GUINT64_FORMAT " author=%" G_GUINT64_FORMAT
          " assertions=%u speakers=%u links=%u claims=%u\n",
          b.sentences, b.quotes, b.direct, b.mixed, b.indirect, b.author,
          b.assertions, b.speakers, b.links, b.claims);
  for (guint s = 0; s < ST_N; s++)
    {
      if (!store && (s == ST_STORE_INGEST || s == ST_STORE_LOAD))
        continue;
      if (b.failed[s])
        printf ("stage=%s failed=\"%s\"\n", stage_names[s], b.failed[s]);
      else if (s == ST_LINK_HALF)
        print_stage (stage_names[s], med[s], med[ST_N + s], b.bytes_half, b.articles_half);
      else
        print_stage (stage_names[s], med[s], med[ST_N + s], b.bytes, b.articles);
    }
  print_stage ("segment+extract", sums[0][0], sums[0][1], b.bytes, b.articles);
  print_stage ("pipeline", sums[1][0], sums[1][1], b.bytes, b.articles);
  printf ("link_doubling articles=%u/%u assertions=%u/%u links=%u/%u cpu_seconds=%.4f/%.4f ratio=%.3f\n",
          b.articles_half, b.articles, b.assertions_half, b.assertions, b.links_half, b.links,
          med[ST_N + ST_LINK_HALF], med[ST_N + ST_LINK],
          med[ST_N + ST_LINK_HALF] > 0 ? med[ST_N + ST_LINK] / med[ST_N + ST_LINK_HALF] : 0.0);
  printf ("link_comparisons candidates=%" G_GUINT64_FORMAT "/%" G_GUINT64_FORMAT " compared=%" G_GUINT64_FORMAT
          "/%" G_GUINT64_FORMAT " compared_per_assertion=%.2f/%.2f\n",
          b.candidates_half, b.candidates, b.compared_half, b.compared,
          b.assertions_half ? (double) b.compared_half / b.assertions_half : 0.0,
          b.assertions ? (double) b.compared / b.assertions : 0.0);
  printf ("link_lsh read_per_assertion=%.2f/%.2f ranked_per_assertion=%.2f/%.2f\n",
          b.assertions_half ? (double) b.lsh_read_half / b.assertions_half : 0.0,
          b.assertions ? (double) b.lsh_read / b.assertions : 0.0,
          b.assertions_half ? (double) b.lsh_ranked_half / b.assertions_half : 0.0,
          b.assertions ? (double) b.lsh_ranked / b.assertions : 0.0);
  printf ("memory maxrss_mb_after_articles=%.1f after_link=%.1f after_export=%.1f after_store=%.1f\n",
          b.rss_articles, b.rss_link, b.rss_export, store ? b.rss_store : 0.0);
  goto out;

fail:
  fprintf (stderr, "cg-bench stages: %s\n", error ? error->message : "failed");
  g_clear_error (&error);
  status = 1;
out:
  if (b.extractor)
    cg_extractor_free (b.extractor);
  if (b.segmenter)
    cg_segmenter_free (b.segmenter);
  if (b.reader)
    cg_reader_free (b.reader);
  cg_rules_free (b.rules);
  g_strfreev (b.paths);
  for (guint s = 0; s < ST_N; s++)
    g_free (b.failed[s]);
  g_free (counts);
  g_option_context_free (ctx);
  return status;
}

/* ---- dot-synthetic ------------------------------------------------------- */

/* Texts for the synthetic graph: the sentences of the sample articles as
 * the segmenter finds them, or their non-blank lines while the segmenter
 * finds none, and capitalised word pairs as speaker names. */
typedef struct {
  GPtrArray *texts;   /* char* */
  GPtrArray *names;   /* char* */
  GPtrArray *titles;  /* char* */
} Pool;

static char *
fold_space (const char *s, gsize len)
{
  GString *out = g_string_sized_new (len);
  gboolean space = FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isspace (s[i]))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, s[i]);
        }
    }
  return g_string_free (out, FALSE);
}

static void
pool_add_names (Pool *pool, const char *s)
{
  char **words = g_strsplit_set (s, " ", -1);
  for (guint i = 0; words[i] && words[i + 1]; i++)
    {
      gunichar c0 = g_utf8_get_char_validated (words[i], -1);
      gunichar c1 = g_utf8_get_char_validated (words[i + 1], -1);
      if (c0 == (gunichar) -1 || c1 == (gunichar) -1 || !g_unichar_isupper (c0) || !g_unichar_isupper (c1)
          || !g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (words[i + 1] + strlen (words[i + 1])))))
        continue;
      g_ptr_array_add (pool->names, g_strdup_printf ("%s %s", words[i], words[i + 1]));
      i++;
    }
  g_strfreev (words);
}

static gboolean
pool_fill (Pool *pool, CgRules *rules, char **paths, GError **error)
{
  CgReader *reader = cg_reader_new (rules, error);
  CgSegmenter *seg = reader ? cg_segmenter_new (rules, error) : NULL;
  if (seg == NULL)
    {
      if (reader)
        cg_reader_free (reader);
      return FALSE;
    }
  for (guint i = 0; paths && paths[i]; i++)
    {
      CgArticle *a = cg_reader_read_file (reader, paths[i], NULL);
      if (a == NULL)
        continue;
      CgSegments *s = cg_segmenter_run (seg, a->text, a->len);
      guint from = pool->texts->len;
      if (s->sentences->len > 0)
        for (guint k = 0; k < s->sentences->len; k++)
          {
            CgSentence *x = &g_array_index (s->sentences, CgSentence, k);
            g_ptr_array_add (pool->texts, fold_space (a->text + x->span.start,
                                                      (gsize) (x->span.end - x->span.start)));
          }
      else
        {
          char **lines = g_strsplit (a->text, "\n", -1);
          for (char **l = lines; *l; l++)
            if (strlen (*l) > 1)
              g_ptr_array_add (pool->texts, fold_space (*l, strlen (*l)));
          g_strfreev (lines);
        }
      for (guint k = from; k < pool->texts->len; k++)
        pool_add_names (pool, g_ptr_array_index (pool->texts, k));
      const char *first = pool->texts->len > from ? g_ptr_array_index (pool->texts, from) : NULL;
      g_ptr_array_add (pool->titles, g_strdup (a->title ? a->title : first ? first : a->path));
      cg_segments_free (s);
      cg_article_free (a);
    }
  cg_segmenter_free (seg);
  cg_reader_free (reader);
  /* Without sample articles the graph still needs text: the rule phrases. */
  if (pool->texts->len == 0)
    {
      GPtrArray *cues = cg_rules_entries (rules, "cue-verbs", NULL);
      for (guint k = 0; k < cues->len; k++)
        g_ptr_array_add (pool->texts, g_strdup (((CgRule *) g_ptr_array_index (cues, k))->phrase));
    }
  if (pool->texts->len == 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_USAGE, "no sample text: give --sample LISTFILE");
      return FALSE;
    }
  return TRUE;
}

static const char *
pick (GPtrArray *arr, GRand *rand)
{
  return g_ptr_array_index (arr, g_rand_int_range (rand, 0, (gint32) arr->len));
}

/* A corpus of about N nodes: 5% articles, 5% speakers, 10% claims of about
 * eight assertions each, the rest assertions, and one link per five
 * assertions between members of the same claim. */
static CgCorpus *
synthetic_corpus (guint n, Pool *pool, CgRules *rules)
{
  GRand *rand = g_rand_new_with_seed (20261121);
  CgCorpus *c = cg_corpus_new ();
  guint na = MAX (1, n / 20), ns = MAX (1, n / 20), nc = MAX (1, n / 10);
  guint nas = n > na + ns + nc ? n - na - ns - nc : 1;
  GPtrArray *cues = cg_rules_entries (rules, "cue-verbs", NULL);

  for (guint i = 0; i < na; i++)
    {
      CgArticle *a = cg_article_new ();
      a->id = g_strdup_printf ("d%u", i + 1);
      a->path = g_strdup_printf ("synthetic/%06u.txt", i + 1);
      a->title = g_strdup (pick (pool->titles->len ? pool->titles : pool->texts, rand));
      a->outlet = g_strdup_printf ("outlet%u", g_rand_int_range (rand, 1, 492));
      a->date = g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2012, 2021),
                                 g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      a->sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, a->path, -1);
      g_ptr_array_add (c->articles, a);
    }
  for (guint i = 0; i < ns; i++)
    {
      CgSpeaker *s = cg_speaker_new ();
      s->id = g_strdup_printf ("s%u", i + 1);
      s->name = g_strdup (pool->names->len ? (const char *) pick (pool->names, rand) : s->id);
      s->kind = i % 10 == 0 ? CG_SPEAKER_ORGANIZATION : CG_SPEAKER_PERSON;
      g_ptr_array_add (s->aliases, g_strdup (s->name));
      g_ptr_array_add (c->speakers, s);
    }
  for (guint i = 0; i < nas; i++)
    {
      CgAssertion *x = cg_assertion_new ();
      CgSpeaker *s = g_ptr_array_index (c->speakers, g_rand_int_range (rand, 0, (gint32) ns));
      x->id = g_strdup_printf ("a%u", i + 1);
      x->article_id = g_strdup_printf ("d%u", i * na / nas + 1);
      x->kind = (CgAssertionKind) g_rand_int_range (rand, 0, 4);
      x->text = g_strdup (pick (pool->texts, rand));
      gint64 at = g_rand_int_range (rand, 0, 4000);
      x->span = (CgSpan) { at, at + (gint64) strlen (x->text) };
      if (x->kind != CG_KIND_AUTHOR)
        {
          x->cue_text = g_strdup (cues->len ? ((CgRule *) pick (cues, rand))->phrase : "");
          x->cue = (CgSpan) { x->span.end + 2, x->span.end + 2 + (gint64) strlen (x->cue_text) };
          x->source_text = g_strdup (s->name);
          x->source = (CgSpan) { x->cue.end + 1, x->cue.end + 1 + (gint64) strlen (s->name) };
        }
      x->speaker_id = g_strdup (s->id);
      x->certainty = (CgCertainty) g_rand_int_range (rand, 0, 4);
      x->sentence = (guint) g_rand_int_range (rand, 0, 60);
      g_ptr_array_add (c->assertions, x);
    }
  /* Claims: consecutive runs of assertions. */
  guint per = MAX (1, nas / nc);
  for (guint i = 0; i < nc; i++)
    {
      CgClaim *cl = cg_claim_new ();
      cl->id = g_strdup_printf ("c%u", i + 1);
      cl->verdict = (CgVerdict) g_rand_int_range (rand, 0, 4);
      for (guint k = i * per; k < MIN ((i + 1) * per, nas); k++)
        {
          CgAssertion *x = g_ptr_array_index (c->assertions, k);
          g_ptr_array_add (cl->assertions, g_strdup (x->id));
          if (k % 3 == 0)
            g_ptr_array_add (cl->supporters, g_strdup (x->speaker_id));
          if (k > i * per && k % 5 == 0)
            {
              CgLink *l = cg_link_new ();
              l->from = g_strdup (x->id);
              l->to = g_strdup (((CgAssertion *) g_ptr_array_index (c->assertions, k - 1))->id);
              l->relation = (CgRelation) g_rand_int_range (rand, 0, 4);
              l->score = g_rand_double (rand);
              l->rule = g_strdup_printf ("%s.synthetic", cg_relation_name (l->relation));
              l->evidence = g_strdup_printf ("jaccard=%.2f", l->score);
              g_ptr_array_add (c->links, l);
            }
        }
      g_ptr_array_add (c->claims, cl);
    }
  g_rand_free (rand);
  return c;
}

static int
cmd_dot_synthetic (int argc, char **argv)
{
  gint runs = 3;
  char *sample = NULL;
  gboolean all = FALSE;
  char *keep = NULL, *writer_name = NULL;
  GOptionEntry entries[] = {
    { "writer", 'w', 0, G_OPTION_ARG_STRING, &writer_name,
      "DOT writer: auto (default: streamed above 10,000 nodes), cgraph or stream", "NAME" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs to take the median of (default 3)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &keep, "Keep the DOT of the last run in FILE", "FILE" },
    { "sample", 's', 0, G_OPTION_ARG_FILENAME, &sample, "Articles to draw texts and names from (list file)", "LISTFILE" },
    { "all-formats", 'a', 0, G_OPTION_ARG_NONE, &all, "Also time JSON and GraphML", NULL },
    { NULL }
  };
  GOptionContext *ctx = g_option_context_new ("N - time the DOT export of a synthetic graph of about N nodes");
  g_option_context_add_main_entries (ctx, entries, NULL);
  GError *error = NULL;
  int status = 0;
  CgRules *rules = NULL;
  char **paths = NULL;
  Pool pool = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free),
                g_ptr_array_new_with_free_func (g_free) };
  if (!g_option_context_parse (ctx, &argc, &argv, &error) || argc != 2 || runs < 1 || atol (argv[1]) < 10)
    {
      fprintf (stderr, "cg-bench dot-synthetic: %s\n", error ? error->message : "usage: cg-bench dot-synthetic [OPTION...] N");
      g_clear_error (&error);
      status = 2;
      goto out;
    }
  guint n = (guint) atol (argv[1]);
  CgDotWriter writer = CG_DOT_AUTO;
  if (writer_name && strcmp (writer_name, "cgraph") == 0)
    writer = CG_DOT_CGRAPH;
  else if (writer_name && strcmp (writer_name, "stream") == 0)
    writer = CG_DOT_STREAM;
  else if (writer_name && strcmp (writer_name, "auto") != 0)
    {
      fprintf (stderr, "cg-bench dot-synthetic: unknown --writer %s (auto, cgraph or stream)\n", writer_name);
      status = 2;
      goto out;
    }
  if ((sample && (paths = read_list (sample, &error)) == NULL)
      || (rules = cg_rules_load (NULL, &error)) == NULL
      || !pool_fill (&pool, rules, paths, &error))
    goto fail;

  double t0 = now ();
  CgCorpus *corpus = synthetic_corpus (n, &pool, rules);
  double build_corpus = now () - t0;
  guint nodes = corpus->articles->len + corpus->speakers->len + corpus->assertions->len + corpus->claims->len;
  /* Per run: graph, DOT, JSON, GraphML wall seconds, then graph and DOT
   * CPU seconds (the machine is shared). */
  double *t = g_new0 (double, (gsize) runs * 6);
  gint64 dot_bytes = 0;
  char *dir = g_dir_make_tmp ("cg-bench-dot-XXXXXX", &error);
  gboolean ok = dir != NULL;
  for (gint r = 0; r < runs && ok; r++)
    {
      CgGraphFilter filter = { NULL, 2, NULL, NULL, NULL, NULL };
      char *path = g_build_filename (dir, "graph.dot", NULL);
      Tick ta = tick ();
      CgGraph *graph = cg_graph_new (corpus);
      Tick tb = tick ();
      /* cg_graph_export() is select + export. */
      CgSubgraph *sub = cg_graph_select (graph, &filter, &error);
      ok = sub && cg_subgraph_export_dot (graph, sub, writer, path, &error);
      Tick tc = tick ();
      if (sub)
        cg_subgraph_free (sub);
      double a = ta.wall, b = tb.wall, c = tc.wall;
      t[r * 6 + 4] = tb.cpu - ta.cpu;
      t[r * 6 + 5] = tc.cpu - tb.cpu;
      GStatBuf st;
      if (ok && g_stat (path, &st) == 0)
        dot_bytes = st.st_size;
      if (ok && keep && r == runs - 1 && g_rename (path, keep) != 0)
        {
          g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (errno), "%s: cannot move the DOT there: %s",
                       keep, g_strerror (errno));
          ok = FALSE;
        }
      g_unlink (path);
      if (ok && all)
        {
          ok = export_to_tmp (graph, CG_EXPORT_JSON, dir, "graph.json", &error);
          t[r * 6 + 2] = now () - c;
          c = now ();
          ok = ok && export_to_tmp (graph, CG_EXPORT_GRAPHML, dir, "graph.graphml", &error);
          t[r * 6 + 3] = now () - c;
        }
      cg_graph_free (graph);
      g_free (path);
      t[r * 6] = b - a;
      t[r * 6 + 1] = c - b;
      if (all)
        t[r * 6 + 1] = c - b - t[r * 6 + 2];
    }
  if (dir)
    remove_tmpdir (dir);
  g_free (dir);
  if (ok)
    {
      double med[6], *col = g_new (double, runs);
      for (guint s = 0; s < 6; s++)
        {
          for (gint r = 0; r < runs; r++)
            col[r] = t[r * 6 + s];
          med[s] = median (col, (guint) runs);
        }
      g_free (col);
      printf ("dot_synthetic nodes=%u articles=%u speakers=%u assertions=%u claims=%u links=%u "
              "runs=%d corpus_seconds=%.3f graph_seconds=%.3f dot_seconds=%.3f graph_cpu_seconds=%.3f "
              "dot_cpu_seconds=%.3f dot_bytes=%" G_GINT64_FORMAT " maxrss_mb=%.1f\n",
              nodes, corpus->articles->len, corpus->speakers->len, corpus->assertions->len,
              corpus->claims->len, corpus->links->len, runs, build_corpus, med[0], med[1], med[4], med[5],
              dot_bytes, maxrss_mb ());
      if (all)
        printf ("synthetic_other json_seconds=%.3f graphml_seconds=%.3f\n", med[2], med[3]);
    }
  g_free (t);
  cg_corpus_free (corpus);
  if (ok)
    goto out;

fail:
  fprintf (stderr, "cg-bench dot-synthetic: %s\n", error ? error->message : "failed");
  g_clear_error (&error);
  status = 1;
out:
  g_ptr_array_unref (pool.texts);
  g_ptr_array_unref (pool.names);
  g_ptr_array_unref (pool.titles);
  g_strfreev (paths);
  cg_rules_free (rules);
  g_free (sample);
  g_free (keep);
  g_free (writer_name);
  g_option_context_free (ctx);
  return status;
}

int
main (int argc, char **argv)
{
  if (argc >= 2 && strcmp (argv[1], "stages") == 0)
    return cmd_stages (argc - 1, argv + 1);
  if (argc >= 2 && strcmp (argv[1], "dot-synthetic") == 0)
    return cmd_dot_synthetic (argc - 1, argv + 1);
  fprintf (stderr,
           "usage: cg-bench stages [-r RUNS] [--store] [--counts FILE.tsv] LISTFILE\n"
           "       cg-bench dot-synthetic [-r RUNS] [--sample LISTFILE] [--all-formats] [-o FILE]\n"
           "                              [--writer auto|cgraph|stream] N\n");
  return 2;
}
