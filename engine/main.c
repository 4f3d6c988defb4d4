/* main.c: the claimgraph command line.
 *
 * Thin on purpose: each command parses its options with GOptionContext and
 * calls the library.  Exit status: 0 success, 1 bad input (an article, a
 * rule file, the store), 2 usage.
 */
#include "claimgraph.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

/* Options shared by the commands; each command adds the ones it uses. */
static char    *opt_db;
static char    *opt_rules;
static char    *opt_meta_table;
static char    *opt_format;
static char    *opt_output;
static char    *opt_article;
static char    *opt_speaker;
static char    *opt_relation;
static char    *opt_verdict;
static char    *opt_focus;
static gint     opt_depth = 2;
static gint     opt_threads;
static gboolean opt_quiet;
static gboolean opt_keep_going;

static const GOptionEntry db_entry[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, &opt_db, "The claim store (default $CLAIMGRAPH_DB or ./claimgraph.db)", "FILE" },
  G_OPTION_ENTRY_NULL
};
static const GOptionEntry rules_entry[] = {
  { "rules", 0, 0, G_OPTION_ARG_FILENAME, &opt_rules, "A rule directory adding to or replacing the defaults (default $CLAIMGRAPH_RULES)", "DIR" },
  { "meta-table", 0, 0, G_OPTION_ARG_FILENAME, &opt_meta_table, "A TSV or CSV table of the articles' title, author, outlet and date (a row per file name)", "FILE" },
  { "threads", 'j', 0, G_OPTION_ARG_INT, &opt_threads, "Worker threads for per-article work (default: one per core)", "N" },
  { "keep-going", 'k', 0, G_OPTION_ARG_NONE, &opt_keep_going, "Skip unreadable articles with a warning instead of stopping", NULL },
  G_OPTION_ENTRY_NULL
};
static const GOptionEntry format_entry[] = {
  { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format, "Output format: table (default) or jsonl", "FORMAT" },
  G_OPTION_ENTRY_NULL
};
static const GOptionEntry quiet_entry[] = {
  { "quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, "No progress display", NULL },
  G_OPTION_ENTRY_NULL
};

typedef struct {
  const char *name;
  const char *args;
  const char *summary;
  int (*run) (int argc, char **argv);
} Command;

static int usage_error (GOptionContext *ctx, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

static int
usage_error (GOptionContext *ctx, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  fprintf (stderr, "claimgraph: %s\n", msg);
  if (ctx)
    fprintf (stderr, "Try '%s --help'.\n", g_get_prgname ());
  g_free (msg);
  return EXIT_USAGE;
}

static int
fail (GError *error)
{
  fprintf (stderr, "claimgraph: %s\n", error->message);
  int code = (error->domain == CG_ERROR && error->code == CG_ERROR_USAGE) ? EXIT_USAGE : EXIT_INPUT;
  g_error_free (error);
  return code;
}

/* Parse ARGV with ENTRIES; returns FALSE (and sets *status) on a usage error. */
static GOptionContext *
context_new (const Command *cmd, const GOptionEntry *const *groups)
{
  char *param = g_strdup (cmd->args);
  GOptionContext *ctx = g_option_context_new (param);
  g_free (param);
  g_option_context_set_summary (ctx, cmd->summary);
  for (guint i = 0; groups[i]; i++)
    g_option_context_add_main_entries (ctx, groups[i], NULL);
  return ctx;
}

static gboolean
parse (GOptionContext *ctx, int *argc, char ***argv, int *status)
{
  GError *error = NULL;
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      *status = usage_error (ctx, "%s", error->message);
      g_error_free (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
format_is_jsonl (GOptionContext *ctx, int *status)
{
  if (opt_format == NULL || strcmp (opt_format, "table") == 0)
    return FALSE;
  if (strcmp (opt_format, "jsonl") == 0 || strcmp (opt_format, "json") == 0)
    return TRUE;
  *status = usage_error (ctx, "unknown --format \"%s\" (table or jsonl)", opt_format);
  return FALSE;
}

static const char *
db_path (void)
{
  if (opt_db)
    return opt_db;
  const char *env = g_getenv ("CLAIMGRAPH_DB");
  return (env && *env) ? env : "claimgraph.db";
}

static CgRules *
load_rules (GError **error)
{
  return cg_rules_load (opt_rules, error);
}

/* The pipeline over RULES, with the --meta-table when given.  New, or NULL
 * with an error. */
static CgPipeline *
pipeline_new (CgRules *rules, GError **error)
{
  CgPipeline *p = cg_pipeline_new (rules, error);
  if (p && opt_meta_table && !cg_pipeline_load_meta_table (p, opt_meta_table, error))
    {
      cg_pipeline_free (p);
      return NULL;
    }
  return p;
}

static void
progress_cb (guint done, guint total, guint64 bytes, gpointer data)
{
  gint64 *start = data;
  double secs = (g_get_monotonic_time () - *start) / 1e6;
  double rate = secs > 0 ? done / secs : 0;
  double left = rate > 0 ? (total - done) / rate : 0;
  fprintf (stderr, "\r%u/%u articles  %.1f MB  %.0f articles/s  %.0f s left   ",
           done, total, bytes / 1e6, rate, left);
  if (done == total)
    fputc ('\n', stderr);
  fflush (stderr);
}

static gboolean
show_progress (void)
{
  return !opt_quiet && isatty (STDERR_FILENO) && isatty (STDOUT_FILENO);
}

/* The corpus a query command reads: analysed from PATHS when given, else
 * loaded from the store. */
static CgCorpus *
query_corpus (int argc, char **argv, GError **error)
{
  /* the store keeps the metadata its articles were ingested with */
  if (argc <= 1 && opt_meta_table)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_USAGE,
                   "--meta-table applies to articles read from PATHs; the store keeps the metadata given at ingest");
      return NULL;
    }
  if (argc > 1)
    {
      CgRules *rules = load_rules (error);
      if (rules == NULL)
        return NULL;
      CgPipeline *p = pipeline_new (rules, error);
      CgCorpus *corpus = NULL;
      if (p)
        cg_pipeline_set_drop_text (p, TRUE);
      if (p)
        corpus = cg_pipeline_analyze (p, argv + 1, (guint) MAX (opt_threads, 0), FALSE, NULL, NULL, NULL, error);
      cg_pipeline_free (p);
      cg_rules_free (rules);
      return corpus;
    }
  CgStore *store = cg_store_open (db_path (), CG_STORE_READ_ONLY, error);
  if (store == NULL)
    return NULL;
  CgCorpus *corpus = cg_store_load (store, FALSE, error);
  cg_store_close (store);
  return corpus;
}

static char *
shorten (const char *text, guint max)
{
  if (text == NULL)
    return g_strdup ("");
  if ((guint) g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  char *cut = g_utf8_substring (text, 0, max - 1);
  char *out = g_strconcat (cut, "…", NULL);
  g_free (cut);
  return out;
}

static gboolean
speaker_matches (CgCorpus *corpus, const char *speaker_id, const char *want)
{
  if (want == NULL)
    return TRUE;
  CgSpeaker *s = cg_corpus_speaker (corpus, speaker_id);
  if (s == NULL)
    return FALSE;
  if (g_strcmp0 (s->id, want) == 0 || g_ascii_strcasecmp (s->name, want) == 0)
    return TRUE;
  for (guint i = 0; i < s->aliases->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (s->aliases, i), want) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
article_matches (CgCorpus *corpus, const char *article_id, const char *want)
{
  if (want == NULL)
    return TRUE;
  CgArticle *a = cg_corpus_article (corpus, article_id);
  return a && (g_strcmp0 (a->id, want) == 0 || g_strcmp0 (a->path, want) == 0
               || g_str_has_suffix (a->path, want));
}

/* ---- commands --------------------------------------------------------------- */

static int
cmd_assertions (int argc, char **argv);
static int
cmd_speakers (int argc, char **argv);
static int
cmd_links (int argc, char **argv);
static int
cmd_claims (int argc, char **argv);
static int
cmd_show (int argc, char **argv);
static int
cmd_export (int argc, char **argv);
static int
cmd_ingest (int argc, char **argv);
static int
cmd_analyze (int argc, char **argv);
static int
cmd_stats (int argc, char **argv);

static const Command commands[] = {
  { "analyze", "PATH...", "One shot: read PATHs, link, and write the report (and with -o DIR: JSON lines, DOT, SVG, JSON, GraphML).", cmd_analyze },
  { "ingest", "PATH...", "Add the articles in PATHs (files or directories) to the claim store.", cmd_ingest },
  { "assertions", "[PATH...]", "List assertions (from the store, or from PATHs analysed on the spot).", cmd_assertions },
  { "speakers", "[PATH...]", "List speakers with their aliases and roles.", cmd_speakers },
  { "links", "[PATH...]", "List links between assertions with their evidence.", cmd_links },
  { "claims", "[PATH...]", "List claims with their corroboration verdicts.", cmd_claims },
  { "show", "ID [PATH...]", "Explain an assertion, speaker or claim with the evidence behind its links.", cmd_show },
  { "export", "[PATH...]", "Export the provenance graph: dot, svg, png, json or graphml.", cmd_export },
  { "stats", "", "Count the store's articles, speakers, assertions, links and claims.", cmd_stats },
  { NULL, NULL, NULL, NULL }
};

static const Command *
find_command (const char *name)
{
  for (const Command *c = commands; c->name; c++)
    if (strcmp (c->name, name) == 0)
      return c;
  return NULL;
}

/* What the list commands share: their options, the output format and the
 * corpus they read.  query_open() returns EXIT_OK with Q filled, or the
 * exit status of a usage or input error (already reported).  A command
 * given its FILTER option (set once the options are parsed), whose filter
 * reads only part of the store, gets the store open (STORE) instead of
 * loaded whole (CORPUS) when it reads the store. */
typedef struct {
  GOptionContext *ctx;
  gboolean        jsonl;
  CgCorpus       *corpus;
  CgStore        *store;
} Query;

typedef gboolean (*QueryCheck) (GOptionContext *ctx, int *status);

static int
query_open_filtered (const char *name, const GOptionEntry *own, QueryCheck check, char *const *filter, int argc,
                     char **argv, Query *q)
{
  const GOptionEntry *groups[5];
  guint n = 0;
  if (own)
    groups[n++] = own;
  groups[n++] = format_entry;
  groups[n++] = db_entry;
  groups[n++] = rules_entry;
  groups[n] = NULL;
  q->ctx = context_new (find_command (name), groups);
  q->corpus = NULL;
  q->store = NULL;
  q->jsonl = FALSE;  /* read only after success, which -O3 cannot tell */
  int status = EXIT_OK;
  if (!parse (q->ctx, &argc, &argv, &status))
    return status;
  q->jsonl = format_is_jsonl (q->ctx, &status);
  if (status != EXIT_OK || (check && !check (q->ctx, &status)))
    return status;
  GError *error = NULL;
  /* PATHs are analysed whole as before, and --meta-table without them is
   * query_corpus()'s usage error */
  if (filter && *filter && argc <= 1 && !opt_meta_table)
    {
      q->store = cg_store_open (db_path (), CG_STORE_READ_ONLY, &error);
      return q->store ? EXIT_OK : fail (error);
    }
  q->corpus = query_corpus (argc, argv, &error);
  return q->corpus ? EXIT_OK : fail (error);
}

static int
query_open (const char *name, const GOptionEntry *own, QueryCheck check, int argc, char **argv, Query *q)
{
  return query_open_filtered (name, own, check, NULL, argc, argv, q);
}

static int
query_close (Query *q, int status)
{
  if (q->store)
    cg_store_close (q->store);
  cg_corpus_free (q->corpus);
  g_option_context_free (q->ctx);
  return status;
}

static void
print_json (char *json)
{
  puts (json);
  g_free (json);
}

static int
cmd_assertions (int argc, char **argv)
{
  static const GOptionEntry own[] = {
    { "article", 0, 0, G_OPTION_ARG_STRING, &opt_article, "Only this article (id or path)", "A" },
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &opt_speaker, "Only this speaker (id, name or alias)", "S" },
    G_OPTION_ENTRY_NULL
  };
  Query q;
  int status = query_open ("assertions", own, NULL, argc, argv, &q);
  if (status != EXIT_OK)
    return query_close (&q, status);
  CgCorpus *corpus = q.corpus;
  if (!q.jsonl)
    printf ("%-6s %-8s %-24s %s\n", "ID", "KIND", "SPEAKER", "TEXT");
  for (guint i = 0; i < corpus->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (corpus->assertions, i);
      if (!article_matches (corpus, a->article_id, opt_article)
          || !speaker_matches (corpus, a->speaker_id, opt_speaker))
        continue;
      if (q.jsonl)
        {
          print_json (cg_assertion_to_json (corpus, a));
          continue;
        }
      CgSpeaker *s = cg_corpus_speaker (corpus, a->speaker_id);
      char *name = shorten (s ? s->name : "?", 24);
      char *text = shorten (a->text, 90);
      printf ("%-6s %-8s %-24s %s\n", a->id, cg_kind_name (a->kind), name, text);
      g_free (name);
      g_free (text);
    }
  return query_close (&q, EXIT_OK);
}

static int
cmd_speakers (int argc, char **argv)
{
  Query q;
  int status = query_open ("speakers", NULL, NULL, argc, argv, &q);
  if (status != EXIT_OK)
    return query_close (&q, status);
  CgCorpus *corpus = q.corpus;
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < corpus->assertions->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (corpus->assertions, i);
      if (a->speaker_id)
        g_hash_table_insert (counts, a->speaker_id,
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, a->speaker_id)) + 1));
    }
  if (!q.jsonl)
    printf ("%-6s %-13s %5s  %-28s %s\n", "ID", "KIND", "SAID", "NAME", "ALIASES / ROLES");
  for (guint i = 0; i < corpus->speakers->len; i++)
    {
      CgSpeaker *s = g_ptr_array_index (corpus->speakers, i);
      if (q.jsonl)
        {
          print_json (cg_speaker_to_json (s));
          continue;
        }
      GString *extra = g_string_new (NULL);
      for (guint k = 0; k < s->aliases->len; k++)
        g_string_append_printf (extra, "%s%s", k ? ", " : "", (char *) g_ptr_array_index (s->aliases, k));
      for (guint k = 0; k < s->roles->len; k++)
        g_string_append_printf (extra, "%s%s", k || s->aliases->len ? "; " : "", (char *) g_ptr_array_index (s->roles, k));
      char *name = shorten (s->name, 28);
      char *rest = shorten (extra->str, 70);
      printf ("%-6s %-13s %5u  %-28s %s\n", s->id, cg_speaker_kind_name (s->kind),
              GPOINTER_TO_UINT (g_hash_table_lookup (counts, s->id)), name, rest);
      g_free (name);
      g_free (rest);
      g_string_free (extra, TRUE);
    }
  g_hash_table_unref (counts);
  return query_close (&q, EXIT_OK);
}

static CgRelation want_relation;

static gboolean
check_relation (GOptionContext *ctx, int *status)
{
  if (opt_relation && !cg_relation_from_name (opt_relation, &want_relation))
    {
      *status = usage_error (ctx, "unknown --relation \"%s\"", opt_relation);
      return FALSE;
    }
  return TRUE;
}

static int
cmd_links (int argc, char **argv)
{
  static const GOptionEntry own[] = {
    { "relation", 'r', 0, G_OPTION_ARG_STRING, &opt_relation, "Only this relation: same_as, supports, contradicts, quotes, changes", "R" },
    G_OPTION_ENTRY_NULL
  };
  Query q;
  int status = query_open_filtered ("links", own, check_relation, &opt_relation, argc, argv, &q);
  if (status != EXIT_OK)
    return query_close (&q, status);
  if (q.store)
    {
      /* a whole-corpus store loaded whole for its 222 contradicts links
       * took 2.2 s of CPU and a gigabyte */
      GError *error = NULL;
      q.corpus = cg_store_load_links (q.store, want_relation, &error);
      if (q.corpus == NULL)
        return query_close (&q, fail (error));
    }
  if (!q.jsonl)
    printf ("%-6s %-12s %-6s %5s  %s\n", "FROM", "RELATION", "TO", "SCORE", "RULE");
  for (guint i = 0; i < q.corpus->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (q.corpus->links, i);
      if (opt_relation && l->relation != want_relation)
        continue;
      if (q.jsonl)
        print_json (cg_link_to_json (l));
      else
        printf ("%-6s %-12s %-6s %5.2f  %s\n", l->from, cg_relation_name (l->relation), l->to, l->score,
                l->rule ? l->rule : "");
    }
  return query_close (&q, EXIT_OK);
}

static CgVerdict want_verdict;

static gboolean
check_verdict (GOptionContext *ctx, int *status)
{
  if (opt_verdict && !cg_verdict_from_name (opt_verdict, &want_verdict))
    {
      *status = usage_error (ctx, "unknown --verdict \"%s\"", opt_verdict);
      return FALSE;
    }
  return TRUE;
}

/* The claims of CORPUS with --verdict's verdict, as a table's rows or
 * JSON lines (*JSONL, a gboolean); a CgStorePartFunc. */
static gboolean
print_claims (CgCorpus *corpus, gpointer jsonl, GError **error)
{
  (void) error;
  for (guint i = 0; i < corpus->claims->len; i++)
    {
      CgClaim *c = g_ptr_array_index (corpus->claims, i);
      if (opt_verdict && c->verdict != want_verdict)
        continue;
      if (*(gboolean *) jsonl)
        {
          print_json (cg_claim_to_json (corpus, c));
          continue;
        }
      /* the one printed first when the articles are dated, else the claim's first */
      CgAssertion *first = cg_corpus_claim_first (corpus, c);
      const char *date = first ? cg_corpus_article (corpus, first->article_id)->date : "-";
      if (first == NULL && c->assertions->len)
        first = cg_corpus_assertion (corpus, g_ptr_array_index (c->assertions, 0));
      char *text = shorten (first ? first->text : "", 70);
      printf ("%-6s %-14s %4u %4u %4u  %-10s  %s\n", c->id, cg_verdict_name (c->verdict), c->assertions->len,
              c->supporters->len, c->contradictors->len, date, text);
      g_free (text);
    }
  return TRUE;
}

static int
cmd_claims (int argc, char **argv)
{
  static const GOptionEntry own[] = {
    { "verdict", 'v', 0, G_OPTION_ARG_STRING, &opt_verdict, "Only this verdict: corroborated, single-source, contested, contradicted", "V" },
    G_OPTION_ENTRY_NULL
  };
  Query q;
  int status = query_open_filtered ("claims", own, check_verdict, &opt_verdict, argc, argv, &q);
  if (status != EXIT_OK)
    return query_close (&q, status);
  if (!q.jsonl)
    printf ("%-6s %-14s %4s %4s %4s  %-10s  %s\n", "ID", "VERDICT", "ASRT", "SUPP", "CONT", "FIRST", "FIRST ASSERTION");
  GError *error = NULL;
  /* a whole-corpus store loaded whole for its 665 contradicted claims took
   * 2.9 s of CPU and a gigabyte; a part at a time holds only what it prints */
  if (q.store && !cg_store_each_claims (q.store, want_verdict, print_claims, &q.jsonl, &error))
    status = fail (error);
  else if (q.corpus)
    print_claims (q.corpus, &q.jsonl, NULL);
  return query_close (&q, status);
}

/* One side of a change over time, in words: 'on 2017-03-02 Mick Mulvaney
 * (in ARTICLE) said "..."'. */
static void
tell_side (FILE *out, CgCorpus *corpus, const char *id)
{
  CgAssertion *a = cg_corpus_assertion (corpus, id);
  CgArticle *art = a ? cg_corpus_article (corpus, a->article_id) : NULL;
  CgSpeaker *s = a ? cg_corpus_speaker (corpus, a->speaker_id) : NULL;
  char *t = shorten (a ? a->text : "?", 160);
  fprintf (out, "%s%s %s (%s, %s%s%s) said \"%s\"", art && art->date ? "on " : "", art && art->date ? art->date : "undated,",
           s ? s->name : "an unknown speaker", id, art && art->outlet ? art->outlet : "", art && art->outlet ? ", " : "",
           art ? art->path : "?", t);
  g_free (t);
}

/* A changes link in words: what was said first, what was said later. */
static void
tell_change (FILE *out, CgCorpus *corpus, CgLink *l, const char *indent)
{
  fprintf (out, "%schanged over time: ", indent);
  tell_side (out, corpus, l->from);
  fprintf (out, ";\n%s  later, ", indent);
  tell_side (out, corpus, l->to);
  fprintf (out, ".\n%s  Said that far apart, the facts or the positions may have changed in between: "
           "not counted as a contradiction.\n", indent);
}

/* Who corroborates CLAIM, in words: its supporters, and the links that
 * join two of them directly (score.c: corroboration needs two voices
 * agreeing directly, not through a chain of other members).  A supporter
 * whose member repeats another's quotation counts as that speaker, so a
 * supporter may show no link of its own. */
static void
tell_supporters (CgCorpus *corpus, CgClaim *claim)
{
  if (claim->supporters->len == 0)
    return;
  printf ("  supporters:");
  for (guint i = 0; i < claim->supporters->len; i++)
    {
      const char *id = g_ptr_array_index (claim->supporters, i);
      CgSpeaker *s = cg_corpus_speaker (corpus, id);
      printf ("%s %s %s", i ? "," : "", s ? s->name : "(unknown)", id);
    }
  putchar ('\n');
  if (claim->supporters->len < 2)
    return;
  GHashTable *members = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < claim->assertions->len; i++)
    g_hash_table_add (members, g_ptr_array_index (claim->assertions, i));
  for (guint i = 0; i < corpus->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, i);
      if ((l->relation != CG_RELATION_SAME_AS && l->relation != CG_RELATION_SUPPORTS && l->relation != CG_RELATION_QUOTES)
          || !g_hash_table_contains (members, l->from) || !g_hash_table_contains (members, l->to))
        continue;
      CgAssertion *x = cg_corpus_assertion (corpus, l->from), *y = cg_corpus_assertion (corpus, l->to);
      if (x == NULL || y == NULL || x->speaker_id == NULL || y->speaker_id == NULL
          || strcmp (x->speaker_id, y->speaker_id) == 0
          || !g_ptr_array_find_with_equal_func (claim->supporters, x->speaker_id, g_str_equal, NULL)
          || !g_ptr_array_find_with_equal_func (claim->supporters, y->speaker_id, g_str_equal, NULL))
        continue;
      CgSpeaker *xs = cg_corpus_speaker (corpus, x->speaker_id), *ys = cg_corpus_speaker (corpus, y->speaker_id);
      CgArticle *xa = cg_corpus_article (corpus, x->article_id), *ya = cg_corpus_article (corpus, y->article_id);
      printf ("  agree directly: %s (%s, %s) %s %s (%s, %s), score %.2f, rule %s\n", x->id, xs ? xs->name : "?",
              xa && xa->outlet ? xa->outlet : "no outlet", cg_relation_name (l->relation), y->id, ys ? ys->name : "?",
              ya && ya->outlet ? ya->outlet : "no outlet", l->score, l->rule ? l->rule : "?");
    }
  g_hash_table_unref (members);
}

static void
explain_assertion (CgCorpus *corpus, CgAssertion *a, gboolean with_links)
{
  CgArticle *art = cg_corpus_article (corpus, a->article_id);
  CgSpeaker *s = cg_corpus_speaker (corpus, a->speaker_id);
  printf ("%s  %s assertion\n", a->id, cg_kind_name (a->kind));
  printf ("  text:      %s\n", a->text);
  printf ("  speaker:   %s%s%s\n", s ? s->name : "(unknown)", s ? " " : "", s ? s->id : "");
  if (a->source_text)
    printf ("  mention:   \"%s\" at bytes %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "\n", a->source_text, a->source.start, a->source.end);
  if (a->cue_text)
    printf ("  cue:       \"%s\" at bytes %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "\n", a->cue_text, a->cue.start, a->cue.end);
  if (art)
    {
      printf ("  printed:   %s, bytes %" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "\n", art->path, a->span.start, a->span.end);
      printf ("  article:   %s%s%s%s%s%s%s\n", art->title ? art->title : "(untitled)",
              art->outlet ? " | " : "", art->outlet ? art->outlet : "",
              art->author ? " | " : "", art->author ? art->author : "",
              art->date ? " | " : "", art->date ? art->date : "");
    }
  printf ("  certainty: %s, polarity: %s, carrier stance: %s\n", cg_certainty_name (a->certainty),
          cg_polarity_name (a->polarity), cg_stance_name (a->stance));
  if (a->rule)
    printf ("  found by:  %s\n", a->rule);
  if (!with_links)
    return;
  for (guint i = 0; i < corpus->links->len; i++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, i);
      const char *other = NULL;
      if (g_strcmp0 (l->from, a->id) == 0)
        other = l->to;
      else if (g_strcmp0 (l->to, a->id) == 0)
        other = l->from;
      if (other == NULL)
        continue;
      CgAssertion *o = cg_corpus_assertion (corpus, other);
      CgSpeaker *os = o ? cg_corpus_speaker (corpus, o->speaker_id) : NULL;
      CgArticle *oa = o ? cg_corpus_article (corpus, o->article_id) : NULL;
      printf ("\n  %s %s %s (score %.2f, rule %s)\n", l->from, cg_relation_name (l->relation), l->to,
              l->score, l->rule ? l->rule : "?");
      if (l->relation == CG_RELATION_CHANGES)
        tell_change (stdout, corpus, l, "    ");
      else if (o)
        printf ("    %s, in %s: \"%s\"\n", os ? os->name : "(unknown speaker)", oa ? oa->path : "?", o->text);
      if (l->evidence)
        printf ("    evidence: %s\n", l->evidence);
    }
}

static int
cmd_show (int argc, char **argv)
{
  const GOptionEntry *groups[] = { db_entry, rules_entry, NULL };
  GOptionContext *ctx = context_new (find_command ("show"), groups);
  int status = EXIT_OK;
  if (!parse (ctx, &argc, &argv, &status))
    goto out;
  if (argc < 2)
    {
      status = usage_error (ctx, "show needs an ID (a17, s9, c4)");
      goto out;
    }
  const char *id = argv[1];
  argv[1] = argv[0];
  GError *error = NULL;
  CgCorpus *corpus = NULL;
  if (argc - 1 <= 1 && !opt_meta_table)
    {
      /* from the store, only the item and its neighbours: loading a whole
       * corpus store to explain one item took seconds and a gigabyte */
      CgStore *store = cg_store_open (db_path (), CG_STORE_READ_ONLY, &error);
      /* a claim's article copies are found with the linking rules */
      CgRules *rules = store && id[0] == 'c' ? load_rules (&error) : NULL;
      if (store && (rules || id[0] != 'c'))
        corpus = cg_store_load_around (store, rules, id, &error);
      if (store)
        cg_store_close (store);
      if (rules)
        cg_rules_free (rules);
    }
  else
    corpus = query_corpus (argc - 1, argv + 1, &error);
  if (corpus == NULL)
    {
      status = fail (error);
      goto out;
    }
  CgAssertion *a = cg_corpus_assertion (corpus, id);
  CgSpeaker *s = cg_corpus_speaker (corpus, id);
  CgClaim *claim = NULL;
  for (guint i = 0; i < corpus->claims->len; i++)
    if (g_strcmp0 (((CgClaim *) g_ptr_array_index (corpus->claims, i))->id, id) == 0)
      claim = g_ptr_array_index (corpus->claims, i);
  if (a)
    explain_assertion (corpus, a, TRUE);
  else if (s)
    {
      printf ("%s  %s: %s\n", s->id, cg_speaker_kind_name (s->kind), s->name);
      for (guint i = 0; i < s->aliases->len; i++)
        printf ("  alias: %s\n", (char *) g_ptr_array_index (s->aliases, i));
      for (guint i = 0; i < s->roles->len; i++)
        printf ("  role:  %s\n", (char *) g_ptr_array_index (s->roles, i));
      for (guint i = 0; i < corpus->assertions->len; i++)
        {
          CgAssertion *x = g_ptr_array_index (corpus->assertions, i);
          if (g_strcmp0 (x->speaker_id, s->id) == 0)
            {
              char *t = shorten (x->text, 100);
              printf ("  %s: %s\n", x->id, t);
              g_free (t);
            }
        }
    }
  else if (claim)
    {
      printf ("%s  claim, %s: %u assertions, %u independent supporters, %u contradictors\n", claim->id,
              cg_verdict_name (claim->verdict), claim->assertions->len, claim->supporters->len,
              claim->contradictors->len);
      tell_supporters (corpus, claim);
      /* what the speakers do not show: outlets printing one wire story */
      CgRules *rules = load_rules (&error);
      if (rules == NULL)
        {
          status = fail (error);
          cg_corpus_free (corpus);
          goto out;
        }
      /* ... and speakers the voice rules count as one (a description and
       * the person it fits, a body and its spokesman) */
      for (int pass = 0; pass < 3; pass++)
        {
          GPtrArray *copies = pass == 0 ? cg_score_wire_copies (corpus, rules, claim)
                              : pass == 1 ? cg_score_article_copies (corpus, rules, claim)
                                          : cg_score_voice_joins (corpus, rules, claim);
          for (guint i = 0; i < copies->len; i++)
            printf ("  %s\n", (char *) g_ptr_array_index (copies, i));
          g_ptr_array_unref (copies);
        }
      cg_rules_free (rules);
      CgAssertion *first = cg_corpus_claim_first (corpus, claim);
      if (first)
        {
          CgArticle *art = cg_corpus_article (corpus, first->article_id);
          CgSpeaker *by = first->speaker_id ? cg_corpus_speaker (corpus, first->speaker_id) : NULL;
          printf ("  first printed: %s, %s%s%s%s on %s (%s)\n", first->id, by ? "said by " : "no speaker",
                  by ? by->name : "", art->outlet ? ", in " : "", art->outlet ? art->outlet : "", art->date,
                  art->path);
        }
      for (guint i = 0; i < claim->assertions->len; i++)
        {
          CgAssertion *x = cg_corpus_assertion (corpus, g_ptr_array_index (claim->assertions, i));
          if (x)
            {
              putchar ('\n');
              explain_assertion (corpus, x, FALSE);
            }
        }
      /* the verdict ignores changes over time; the reader still learns of them */
      GHashTable *members = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < claim->assertions->len; i++)
        g_hash_table_add (members, g_ptr_array_index (claim->assertions, i));
      for (guint i = 0; i < corpus->links->len; i++)
        {
          CgLink *l = g_ptr_array_index (corpus->links, i);
          if (l->relation == CG_RELATION_CHANGES
              && (g_hash_table_contains (members, l->from) || g_hash_table_contains (members, l->to)))
            {
              putchar ('\n');
              tell_change (stdout, corpus, l, "  ");
            }
        }
      g_hash_table_unref (members);
    }
  else
    {
      fprintf (stderr, "claimgraph: no assertion, speaker or claim with id \"%s\"\n", id);
      status = EXIT_INPUT;
    }
  cg_corpus_free (corpus);
out:
  g_option_context_free (ctx);
  return status;
}

static int
cmd_export (int argc, char **argv)
{
  static const GOptionEntry own[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &opt_format, "dot (default), svg, png, json or graphml", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, "Write to FILE instead of stdout", "FILE" },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &opt_focus, "Only the subgraph around this node id", "ID" },
    { "depth", 0, 0, G_OPTION_ARG_INT, &opt_depth, "Steps from --focus (default 2)", "N" },
    { "article", 0, 0, G_OPTION_ARG_STRING, &opt_article, "Only this article's assertions", "A" },
    { "speaker", 0, 0, G_OPTION_ARG_STRING, &opt_speaker, "Only this speaker's assertions", "S" },
    { "relation", 'r', 0, G_OPTION_ARG_STRING, &opt_relation, "Only these edge kinds (comma-separated)", "R" },
    { "verdict", 'v', 0, G_OPTION_ARG_STRING, &opt_verdict, "Only claims with this verdict", "V" },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry *groups[] = { own, db_entry, rules_entry, NULL };
  GOptionContext *ctx = context_new (find_command ("export"), groups);
  int status = EXIT_OK;
  CgExportFormat format = CG_EXPORT_DOT;
  if (!parse (ctx, &argc, &argv, &status))
    goto out;
  if (opt_format && !cg_export_format_from_name (opt_format, &format))
    {
      status = usage_error (ctx, "unknown --format \"%s\" (dot, svg, png, json, graphml)", opt_format);
      goto out;
    }
  if (opt_depth < 0)
    {
      status = usage_error (ctx, "--depth must be 0 or more");
      goto out;
    }
  GError *error = NULL;
  CgCorpus *corpus = query_corpus (argc, argv, &error);
  if (corpus == NULL)
    {
      status = fail (error);
      goto out;
    }
  CgGraph *graph = cg_graph_new (corpus);
  CgGraphFilter filter = { opt_focus, (guint) opt_depth, opt_article, opt_speaker, opt_relation, opt_verdict };
  if (!cg_graph_export (graph, format, &filter, opt_output, &error))
    status = fail (error);
  cg_graph_free (graph);
  cg_corpus_free (corpus);
out:
  g_option_context_free (ctx);
  return status;
}

static int
cmd_ingest (int argc, char **argv)
{
  const GOptionEntry *groups[] = { db_entry, rules_entry, quiet_entry, NULL };
  GOptionContext *ctx = context_new (find_command ("ingest"), groups);
  int status = EXIT_OK;
  if (!parse (ctx, &argc, &argv, &status))
    goto out;
  if (argc < 2)
    {
      status = usage_error (ctx, "ingest needs at least one PATH");
      goto out;
    }
  GError *error = NULL;
  CgRules *rules = load_rules (&error);
  CgPipeline *p = rules ? pipeline_new (rules, &error) : NULL;
  CgStore *store = p ? cg_store_open (db_path (), CG_STORE_READ_WRITE, &error) : NULL;
  CgIngestStats stats = { 0 };
  gint64 start = g_get_monotonic_time ();
  GPtrArray *skipped = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = store != NULL
                && cg_store_ingest_full (store, p, argv + 1, (guint) MAX (opt_threads, 0), opt_keep_going, skipped,
                                         show_progress () ? progress_cb : NULL, &start, &stats, &error);
  for (guint i = 0; i < skipped->len; i++)
    fprintf (stderr, "claimgraph: skipped: %s\n", (char *) g_ptr_array_index (skipped, i));
  g_ptr_array_unref (skipped);
  if (!ok)
    status = fail (error);
  else if (!opt_quiet)
    {
      char *skips = stats.articles_skipped ? g_strdup_printf (", %u skipped", stats.articles_skipped) : g_strdup ("");
      fprintf (stderr, "%u articles added, %u replaced, %u unchanged%s; %u assertions, %u links added to %s\n",
               stats.articles_added, stats.articles_replaced, stats.articles_unchanged, skips,
               stats.assertions_added, stats.links_added, db_path ());
      g_free (skips);
    }
  gint64 closing = g_get_monotonic_time (), closing_cpu = g_get_real_time ();
  struct timespec ts;
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  closing_cpu = (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
  cg_store_close (store);
  gint64 closed = g_get_monotonic_time ();
  cg_pipeline_free (p);
  cg_rules_free (rules);
  if (g_getenv ("CLAIMGRAPH_INGEST_TIMES"))
    {
      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
      fprintf (stderr, "ingest times: closing the store %.3f s wall, freeing the stages %.3f s wall, both %.3f s cpu\n",
               (closed - closing) / 1e6, (g_get_monotonic_time () - closed) / 1e6,
               ((gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000 - closing_cpu) / 1e6);
    }
out:
  g_option_context_free (ctx);
  return status;
}

static void
write_report (FILE *out, CgCorpus *corpus)
{
  guint kinds[4] = { 0 }, rels[CG_N_RELATIONS] = { 0 }, verdicts[4] = { 0 };
  for (guint i = 0; i < corpus->assertions->len; i++)
    kinds[((CgAssertion *) g_ptr_array_index (corpus->assertions, i))->kind]++;
  for (guint i = 0; i < corpus->links->len; i++)
    rels[((CgLink *) g_ptr_array_index (corpus->links, i))->relation]++;
  for (guint i = 0; i < corpus->claims->len; i++)
    verdicts[((CgClaim *) g_ptr_array_index (corpus->claims, i))->verdict]++;
  fprintf (out, "claimgraph report\n\n");
  fprintf (out, "articles     %u\n", corpus->articles->len);
  /* A report is read by a person: past a screenful of articles, count them. */
  guint listed = MIN (corpus->articles->len, 25);
  for (guint i = 0; i < listed; i++)
    {
      CgArticle *a = g_ptr_array_index (corpus->articles, i);
      fprintf (out, "  %-4s %s\n       %s | %s | %s | %s\n", a->id, a->path, a->title ? a->title : "(no title)",
               a->outlet ? a->outlet : "(no outlet)", a->author ? a->author : "(no byline)",
               a->date ? a->date : "(no date)");
    }
  if (listed < corpus->articles->len)
    fprintf (out, "  ... and %u more\n",
             corpus->articles->len - listed);
  fprintf (out, "speakers     %u\n", corpus->speakers->len);
  fprintf (out, "assertions   %u (direct %u, indirect %u, mixed %u, author %u)\n", corpus->assertions->len,
           kinds[CG_KIND_DIRECT], kinds[CG_KIND_INDIRECT], kinds[CG_KIND_MIXED], kinds[CG_KIND_AUTHOR]);
  fprintf (out, "links        %u (same_as %u, supports %u, contradicts %u, quotes %u, changes %u)\n", corpus->links->len,
           rels[CG_RELATION_SAME_AS], rels[CG_RELATION_SUPPORTS], rels[CG_RELATION_CONTRADICTS], rels[CG_RELATION_QUOTES],
           rels[CG_RELATION_CHANGES]);
  fprintf (out, "claims       %u (corroborated %u, single-source %u, contested %u, contradicted %u)\n",
           corpus->claims->len, verdicts[CG_VERDICT_CORROBORATED], verdicts[CG_VERDICT_SINGLE_SOURCE],
           verdicts[CG_VERDICT_CONTESTED], verdicts[CG_VERDICT_CONTRADICTED]);
  for (guint v = 0; v < 4; v++)
    {
      if (v == CG_VERDICT_SINGLE_SOURCE)
        continue;
      guint shown = 0, more = 0;
      for (guint i = 0; i < corpus->claims->len; i++)
        {
          CgClaim *c = g_ptr_array_index (corpus->claims, i);
          if (c->verdict != v)
            continue;
          if (shown == 25)
            {
              more++;
              continue;
            }
          if (shown++ == 0)
            fprintf (out, "\n%s claims\n", cg_verdict_name (v));
          for (guint k = 0; k < c->assertions->len; k++)
            {
              CgAssertion *a = cg_corpus_assertion (corpus, g_ptr_array_index (c->assertions, k));
              CgSpeaker *s = a ? cg_corpus_speaker (corpus, a->speaker_id) : NULL;
              char *t = shorten (a ? a->text : "", 90);
              fprintf (out, "  %-5s %-5s %-22s %s\n", k ? "" : c->id, a ? a->id : "", s ? s->name : "?", t);
              g_free (t);
            }
        }
      if (more)
        fprintf (out, "  ... and %u more (claimgraph claims --verdict %s)\n", more, cg_verdict_name (v));
    }
  if (rels[CG_RELATION_CHANGES])
    {
      fprintf (out, "\nchanges over time\n");
      guint shown = 0;
      for (guint i = 0; i < corpus->links->len && shown < 25; i++)
        {
          CgLink *l = g_ptr_array_index (corpus->links, i);
          if (l->relation != CG_RELATION_CHANGES)
            continue;
          if (shown++)
            fputc ('\n', out);
          tell_change (out, corpus, l, "  ");
        }
      if (rels[CG_RELATION_CHANGES] > shown)
        fprintf (out, "  ... and %u more (claimgraph links --relation changes)\n", rels[CG_RELATION_CHANGES] - shown);
    }
}

typedef struct {
  CgCorpus *corpus;
  int       which;
} LinesJob;

/* One record per line, flushed every 64 KiB so that a whole corpus's
 * assertions (half a gigabyte of JSON) are never held in memory at once. */
static gboolean
write_lines_to (FILE *f, gpointer data, GError **error)
{
  LinesJob *job = data;
  CgCorpus *corpus = job->corpus;
  int which = job->which;
  GPtrArray *arr = which == 0 ? corpus->assertions : which == 1 ? corpus->speakers
                   : which == 2 ? corpus->links : corpus->claims;
  GString *buf = g_string_sized_new (1 << 17);
  gboolean ok = TRUE;
  for (guint i = 0; i <= arr->len && ok; i++)
    {
      if (i < arr->len)
        {
          gpointer r = g_ptr_array_index (arr, i);
          char *j = which == 0 ? cg_assertion_to_json (corpus, r) : which == 1 ? cg_speaker_to_json (r)
                    : which == 2 ? cg_link_to_json (r) : cg_claim_to_json (corpus, r);
          g_string_append (buf, j);
          g_string_append_c (buf, '\n');
          g_free (j);
        }
      if ((buf->len >= (1 << 16) || i == arr->len) && buf->len > 0)
        {
          ok = fwrite (buf->str, 1, buf->len, f) == buf->len;
          g_string_truncate (buf, 0);
        }
    }
  if (!ok)
    g_set_error (error, CG_ERROR, CG_ERROR_IO, "write failed: %s", g_strerror (errno));
  g_string_free (buf, TRUE);
  return ok;
}

static gboolean
write_lines (const char *dir, const char *name, CgCorpus *corpus, int which, GError **error)
{
  LinesJob job = { corpus, which };
  char *path = g_build_filename (dir, name, NULL);
  gboolean ok = cg_graph_write_output (path, write_lines_to, &job, error);
  g_free (path);
  return ok;
}

static int
cmd_analyze (int argc, char **argv)
{
  static const GOptionEntry own[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, "Write report.txt, *.jsonl and graph.{dot,svg,json,graphml} into DIR", "DIR" },
    G_OPTION_ENTRY_NULL
  };
  const GOptionEntry *groups[] = { own, rules_entry, quiet_entry, NULL };
  GOptionContext *ctx = context_new (find_command ("analyze"), groups);
  int status = EXIT_OK;
  if (!parse (ctx, &argc, &argv, &status))
    goto out;
  if (argc < 2)
    {
      status = usage_error (ctx, "analyze needs at least one PATH");
      goto out;
    }
  GError *error = NULL;
  CgRules *rules = load_rules (&error);
  CgPipeline *p = rules ? pipeline_new (rules, &error) : NULL;
  if (p)
    cg_pipeline_set_drop_text (p, TRUE);
  gint64 start = g_get_monotonic_time ();
  GPtrArray *skipped = g_ptr_array_new_with_free_func (g_free);
  CgCorpus *corpus = p ? cg_pipeline_analyze (p, argv + 1, (guint) MAX (opt_threads, 0), opt_keep_going, skipped,
                                              show_progress () ? progress_cb : NULL, &start, &error)
                       : NULL;
  for (guint i = 0; i < skipped->len; i++)
    fprintf (stderr, "claimgraph: skipped: %s\n", (char *) g_ptr_array_index (skipped, i));
  g_ptr_array_unref (skipped);
  if (corpus == NULL)
    status = fail (error);
  else if (opt_output == NULL)
    write_report (stdout, corpus);
  else
    {
      if (g_mkdir_with_parents (opt_output, 0755) != 0)
        {
          fprintf (stderr, "claimgraph: %s: cannot create directory: %s\n", opt_output, g_strerror (errno));
          status = EXIT_INPUT;
        }
      char *report = g_build_filename (opt_output, "report.txt", NULL);
      FILE *f = status ? NULL : fopen (report, "w");
      if (f)
        {
          write_report (f, corpus);
          fclose (f);
        }
      g_free (report);
      static const char *const lines[] = { "assertions.jsonl", "speakers.jsonl", "links.jsonl", "claims.jsonl" };
      for (int w = 0; w < 4 && status == EXIT_OK; w++)
        if (!write_lines (opt_output, lines[w], corpus, w, &error))
          status = fail (error);
      CgGraph *graph = cg_graph_new (corpus);
      CgGraphFilter filter = { NULL, 2, NULL, NULL, NULL, NULL };
      static const struct { CgExportFormat f; const char *name; } outs[] = {
        { CG_EXPORT_DOT, "graph.dot" }, { CG_EXPORT_JSON, "graph.json" },
        { CG_EXPORT_GRAPHML, "graph.graphml" }, { CG_EXPORT_SVG, "graph.svg" },
      };
      for (guint k = 0; k < G_N_ELEMENTS (outs) && status == EXIT_OK; k++)
        {
          char *path = g_build_filename (opt_output, outs[k].name, NULL);
          if (!cg_graph_export (graph, outs[k].f, &filter, path, &error))
            {
              /* A picture of a corpus too big to lay out is refused by the
               * renderer; the data files are still what the user came for. */
              if (outs[k].f == CG_EXPORT_SVG && error->code == CG_ERROR_USAGE)
                {
                  fprintf (stderr, "claimgraph: graph.svg not written: %s\n", error->message);
                  g_clear_error (&error);
                }
              else
                status = fail (error);
            }
          g_free (path);
        }
      cg_graph_free (graph);
      char *svg_path = g_build_filename (opt_output, "graph.svg", NULL);
      if (status == EXIT_OK && !opt_quiet)
        {
          write_report (stdout, corpus);
          printf ("\nwritten to %s/: report.txt, assertions.jsonl, speakers.jsonl, links.jsonl, claims.jsonl, "
                  "graph.dot, graph.json, graph.graphml%s\n", opt_output,
                  g_file_test (svg_path, G_FILE_TEST_EXISTS) ? ", graph.svg" : "");
        }
      g_free (svg_path);
    }
  cg_corpus_free (corpus);
  cg_pipeline_free (p);
  cg_rules_free (rules);
out:
  g_option_context_free (ctx);
  return status;
}

static int
cmd_stats (int argc, char **argv)
{
  const GOptionEntry *groups[] = { db_entry, NULL };
  GOptionContext *ctx = context_new (find_command ("stats"), groups);
  int status = EXIT_OK;
  if (!parse (ctx, &argc, &argv, &status))
    goto out;
  if (argc > 1)
    {
      status = usage_error (ctx, "stats takes no PATH: it reads the store");
      goto out;
    }
  GError *error = NULL;
  CgStoreStats st;
  CgStore *store = cg_store_open (db_path (), CG_STORE_READ_ONLY, &error);
  if (store == NULL || !cg_store_stats (store, &st, &error))
    {
      cg_store_close (store);
      status = fail (error);
      goto out;
    }
  cg_store_close (store);
  printf ("store        %s\n", db_path ());
  printf ("articles     %u (%.1f MB of text)\n", st.articles, st.bytes / 1e6);
  printf ("speakers     %u\n", st.speakers);
  printf ("assertions   %u (direct %u, indirect %u, mixed %u, author %u)\n", st.assertions,
          st.kinds[CG_KIND_DIRECT], st.kinds[CG_KIND_INDIRECT], st.kinds[CG_KIND_MIXED], st.kinds[CG_KIND_AUTHOR]);
  printf ("links        %u (same_as %u, supports %u, contradicts %u, quotes %u, changes %u)\n", st.links,
          st.relations[CG_RELATION_SAME_AS], st.relations[CG_RELATION_SUPPORTS],
          st.relations[CG_RELATION_CONTRADICTS], st.relations[CG_RELATION_QUOTES], st.relations[CG_RELATION_CHANGES]);
  printf ("claims       %u (corroborated %u, single-source %u, contested %u, contradicted %u)\n", st.claims,
          st.verdicts[CG_VERDICT_CORROBORATED], st.verdicts[CG_VERDICT_SINGLE_SOURCE],
          st.verdicts[CG_VERDICT_CONTESTED], st.verdicts[CG_VERDICT_CONTRADICTED]);
  if (st.claims_stale)
    printf ("note         an ingest was interrupted: claims do not cover the newest articles yet; "
            "run claimgraph ingest again to bring them up to date\n");
out:
  g_option_context_free (ctx);
  return status;
}

static void
print_usage (FILE *out)
{
  fprintf (out, "Usage: claimgraph COMMAND [OPTION...] [ARG...]\n\n"
                "Claim provenance for news articles: who said what, where, who repeats and who disputes it.\n\n"
                "Commands:\n");
  for (const Command *c = commands; c->name; c++)
    fprintf (out, "  %-11s %s\n", c->name, c->summary);
  fprintf (out, "\nRun 'claimgraph COMMAND --help' for a command's options.\n"
                "  --version   Print the version and exit\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("claimgraph %s\n", CLAIMGRAPH_VERSION);
      return EXIT_OK;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 || strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return EXIT_OK;
    }
  const Command *cmd = find_command (argv[1]);
  if (cmd == NULL)
    {
      fprintf (stderr, "claimgraph: unknown command \"%s\"\n", argv[1]);
      print_usage (stderr);
      return EXIT_USAGE;
    }
  char *prgname = g_strdup_printf ("claimgraph %s", cmd->name);
  g_set_prgname (prgname);
  int status = cmd->run (argc - 1, argv + 1);
  g_free (prgname);
  return status;
}
