/* pipeline.c: the stages put together, per article in parallel and across
 * articles in order.
 *
 * Reading, segmenting and extracting one article depend on nothing else,
 * so they run on a GThreadPool; resolving speakers, linking and scoring
 * need every article before them and run on the calling thread, in the
 * order of the file list, so the output does not depend on thread timing.
 */
#include "cg-pipeline.h"
#include "cg-reader.h"
#include "cg-segment.h"
#include "cg-extract.h"
#include "cg-resolve.h"
#include "cg-link.h"
#include "cg-score.h"

struct _CgPipeline {
  CgRules     *rules;
  gboolean     drop_text;
  CgReader    *reader;
  CgMetaTable *meta_table;
  CgSegmenter *segmenter;
  CgExtractor *extractor;
};

void
cg_article_result_free (CgArticleResult *r)
{
  if (r == NULL)
    return;
  cg_article_free (r->article);
  cg_segments_free (r->segments);
  if (r->assertions)
    g_ptr_array_unref (r->assertions);
  g_free (r);
}

CgPipeline *
cg_pipeline_new (CgRules *rules, GError **error)
{
  CgPipeline *p = g_new0 (CgPipeline, 1);
  p->rules = rules;
  if ((p->reader = cg_reader_new (rules, error)) == NULL
      || (p->segmenter = cg_segmenter_new (rules, error)) == NULL
      || (p->extractor = cg_extractor_new (rules, error)) == NULL)
    {
      cg_pipeline_free (p);
      return NULL;
    }
  return p;
}

gboolean
cg_pipeline_load_meta_table (CgPipeline *p, const char *path, GError **error)
{
  CgMetaTable *t = cg_meta_table_load (p->rules, path, error);
  if (t == NULL)
    return FALSE;
  cg_reader_set_meta_table (p->reader, t);
  cg_meta_table_free (p->meta_table);
  p->meta_table = t;
  return TRUE;
}

void
cg_pipeline_free (CgPipeline *p)
{
  if (p == NULL)
    return;
  if (p->reader)
    cg_reader_free (p->reader);
  cg_meta_table_free (p->meta_table);
  if (p->segmenter)
    cg_segmenter_free (p->segmenter);
  if (p->extractor)
    cg_extractor_free (p->extractor);
  g_free (p);
}

void
cg_pipeline_set_drop_text (CgPipeline *p, gboolean drop)
{
  p->drop_text = drop;
}

CgRules *
cg_pipeline_rules (CgPipeline *p)
{
  return p->rules;
}

CgArticleResult *
cg_pipeline_process_file (CgPipeline *p, const char *path, GError **error)
{
  CgArticle *article = cg_reader_read_file (p->reader, path, error);
  if (article == NULL)
    return NULL;
  CgArticleResult *r = g_new0 (CgArticleResult, 1);
  r->article = article;
  r->segments = cg_segmenter_run (p->segmenter, article->text, article->len);
  r->assertions = cg_extractor_run (p->extractor, article, r->segments);
  return r;
}

/* ---- the one-shot job ---------------------------------------------------- */

/* Workers fill RESULTS[i] and ERRORS[i] and mark READY[i]; the calling
 * thread takes them in file order as they become ready, so resolution
 * overlaps the per-article stages and only a window of articles is held
 * with its segments at any time. */
typedef struct {
  CgPipeline       *pipeline;
  GPtrArray        *paths;
  CgArticleResult **results;
  GError          **errors;
  gboolean         *ready;
  GMutex            lock;
  GCond             cond;
} Job;

static void
work (gpointer data, gpointer user_data)
{
  Job *job = user_data;
  guint i = GPOINTER_TO_UINT (data) - 1;
  GError *e = NULL;
  CgArticleResult *r = cg_pipeline_process_file (job->pipeline, g_ptr_array_index (job->paths, i), &e);
  g_mutex_lock (&job->lock);
  job->results[i] = r;
  job->errors[i] = e;
  job->ready[i] = TRUE;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->lock);
}

/* Give every article and assertion its id and hand the records to CORPUS.
 * Speakers are resolved here too, because resolution needs the segments,
 * which are freed right after. */
static void
collect (CgCorpus *corpus, CgRegistry *registry, CgArticleResult *r, gboolean drop_text)
{
  CgArticle *a = r->article;
  a->id = g_strdup_printf ("d%u", corpus->articles->len + 1);
  for (guint k = 0; k < r->assertions->len; k++)
    {
      CgAssertion *as = g_ptr_array_index (r->assertions, k);
      cg_assertion_set_string (as, &as->article_id, g_strdup (a->id));
    }
  cg_registry_resolve_article (registry, a, r->segments, r->assertions);
  for (guint k = 0; k < r->assertions->len; k++)
    {
      CgAssertion *as = g_ptr_array_index (r->assertions, k);
      as->id = g_strdup_printf ("a%u", corpus->assertions->len + 1);
      g_ptr_array_add (corpus->assertions, as);
    }
  g_ptr_array_set_free_func (r->assertions, NULL);
  /* Nothing after resolution reads the article text, and on a large corpus
   * it is most of the memory. */
  if (drop_text)
    {
      g_clear_pointer (&a->raw, g_free);
      g_clear_pointer (&a->text, g_free);
    }
  g_ptr_array_add (corpus->articles, a);
  r->article = NULL;
  cg_article_result_free (r);
}

/* ---- linking ------------------------------------------------------------ */

/* Linking is serial (each assertion meets everything before it), but most
 * of its work per assertion is not: a pool prepares chunks of assertions
 * (cg_linker_prepare()) ahead of this thread, which adds them in order,
 * so the links are the ones one cg_linker_add() of the whole corpus gives. */
#define LINK_CHUNK 256   /* assertions per prepared batch */

typedef struct {
  CgLinker     *linker;
  GPtrArray   **chunks;
  CgLinkBatch **batches;
  GMutex        lock;
  GCond         cond;
} PrepJob;

static void
prep_work (gpointer data, gpointer user_data)
{
  PrepJob *job = user_data;
  guint i = GPOINTER_TO_UINT (data) - 1;
  CgLinkBatch *b = cg_linker_prepare (job->linker, job->chunks[i]);
  g_mutex_lock (&job->lock);
  job->batches[i] = b;
  g_cond_broadcast (&job->cond);
  g_mutex_unlock (&job->lock);
}

/* Link CORPUS's assertions into CORPUS->links with N_THREADS preparing. */
static void
link_corpus (CgLinker *linker, CgCorpus *corpus, guint n_threads)
{
  GPtrArray *all = corpus->assertions;
  if (n_threads <= 1 || all->len <= LINK_CHUNK)
    {
      GPtrArray *links = cg_linker_add (linker, all, corpus->articles);
      g_ptr_array_set_free_func (links, NULL);
      g_ptr_array_extend_and_steal (corpus->links, links);
      return;
    }
  cg_linker_expect (linker, all->len);
  guint n = (all->len + LINK_CHUNK - 1) / LINK_CHUNK;
  PrepJob job = { linker, g_new0 (GPtrArray *, n), g_new0 (CgLinkBatch *, n), { 0 }, { 0 } };
  g_mutex_init (&job.lock);
  g_cond_init (&job.cond);
  for (guint i = 0; i < n; i++)
    {
      guint from = i * LINK_CHUNK, to = MIN (from + LINK_CHUNK, all->len);
      job.chunks[i] = g_ptr_array_sized_new (to - from);
      for (guint k = from; k < to; k++)
        g_ptr_array_add (job.chunks[i], g_ptr_array_index (all, k));
    }
  GThreadPool *pool = g_thread_pool_new (prep_work, &job, (gint) n_threads, TRUE, NULL);
  /* a window of prepared batches ahead bounds the memory they hold */
  guint window = n_threads * 4, pushed = 0;
  for (guint i = 0; i < n; i++)
    {
      for (; pushed < n && pushed < i + window; pushed++)
        g_thread_pool_push (pool, GUINT_TO_POINTER (pushed + 1), NULL);
      g_mutex_lock (&job.lock);
      while (job.batches[i] == NULL)
        g_cond_wait (&job.cond, &job.lock);
      CgLinkBatch *b = job.batches[i];
      job.batches[i] = NULL;
      g_mutex_unlock (&job.lock);
      GPtrArray *links = cg_linker_add_prepared (linker, b, corpus->articles);
      g_ptr_array_set_free_func (links, NULL);
      g_ptr_array_extend_and_steal (corpus->links, links);
    }
  g_thread_pool_free (pool, FALSE, TRUE);
  for (guint i = 0; i < n; i++)
    g_ptr_array_unref (job.chunks[i]);
  g_free (job.chunks);
  g_free (job.batches);
  g_mutex_clear (&job.lock);
  g_cond_clear (&job.cond);
}

CgCorpus *
cg_pipeline_analyze (CgPipeline *p, char **paths, guint n_threads, gboolean keep_going,
                     GPtrArray *errors, CgProgressFunc progress, gpointer progress_data,
                     GError **error)
{
  GPtrArray *files = cg_reader_list_paths (paths, error);
  if (files == NULL)
    return NULL;
  if (n_threads == 0)
    n_threads = MAX (1, g_get_num_processors ());

  guint n = MAX (files->len, 1);
  Job job = { p, files, g_new0 (CgArticleResult *, n), g_new0 (GError *, n), g_new0 (gboolean, n),
              { 0 }, { 0 } };
  g_mutex_init (&job.lock);
  g_cond_init (&job.cond);
  GThreadPool *pool = NULL;
  if (n_threads > 1 && files->len > 1)
    pool = g_thread_pool_new (work, &job, (gint) n_threads, TRUE, NULL);

  CgCorpus *corpus = cg_corpus_new ();
  CgRegistry *registry = cg_registry_new (p->rules, error);
  gboolean ok = registry != NULL;
  /* A bounded window of files ahead of the one being resolved: enough to
   * keep every worker busy while this thread resolves, without holding the
   * whole corpus's segments at once. */
  guint window = n_threads * 8, pushed = 0;
  guint64 bytes = 0;
  for (guint i = 0; ok && i < files->len; i++)
    {
      if (pool)
        {
          for (; pushed < files->len && pushed < i + window; pushed++)
            g_thread_pool_push (pool, GUINT_TO_POINTER (pushed + 1), NULL);
          g_mutex_lock (&job.lock);
          while (!job.ready[i])
            g_cond_wait (&job.cond, &job.lock);
          g_mutex_unlock (&job.lock);
        }
      else
        work (GUINT_TO_POINTER (i + 1), &job);
      if (job.errors[i])
        {
          if (!keep_going)
            {
              g_propagate_error (error, job.errors[i]);
              job.errors[i] = NULL;
              ok = FALSE;
              break;
            }
          if (errors)
            g_ptr_array_add (errors, g_strdup (job.errors[i]->message));
          g_clear_error (&job.errors[i]);
        }
      else
        {
          bytes += job.results[i]->article->len;
          collect (corpus, registry, job.results[i], p->drop_text);
          job.results[i] = NULL;
        }
      if (progress)
        progress (i + 1, files->len, bytes, progress_data);
    }
  /* After a failure, files still queued are dropped; those running finish. */
  if (pool)
    g_thread_pool_free (pool, !ok, TRUE);
  for (guint i = 0; i < files->len; i++)
    {
      cg_article_result_free (job.results[i]);
      if (job.errors[i])
        g_error_free (job.errors[i]);
    }
  g_free (job.results);
  g_free (job.errors);
  g_free (job.ready);
  g_mutex_clear (&job.lock);
  g_cond_clear (&job.cond);
  g_ptr_array_unref (files);

  if (ok)
    {
      g_ptr_array_unref (corpus->speakers);
      corpus->speakers = cg_registry_steal_speakers (registry);
      CgLinker *linker = cg_linker_new (p->rules, error);
      if (linker == NULL)
        ok = FALSE;
      else
        {
          cg_linker_set_speakers (linker, corpus->speakers);
          link_corpus (linker, corpus, n_threads);
          cg_linker_free (linker);
          cg_score_claims (corpus, p->rules);
        }
    }
  cg_registry_free (registry);
  if (!ok)
    {
      cg_corpus_free (corpus);
      return NULL;
    }
  return corpus;
}
