/* test-cli.c: the claimgraph command line as a user meets it: help,
 * version, usage errors (exit 2), bad input (exit 1), and the JSON lines
 * contract of DESIGN.md checked on the seed corpus. */
#include "cg-test.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

static void
test_version_and_help (void)
{
  char *out = NULL, *err = NULL;
  const char *v[] = { "--version", NULL };
  g_assert_cmpint (cg_test_run_cli (v, &out, &err), ==, 0);
  g_assert_true (g_str_has_prefix (out, "claimgraph " CLAIMGRAPH_VERSION));
  g_free (out);
  g_free (err);

  const char *h[] = { "--help", NULL };
  g_assert_cmpint (cg_test_run_cli (h, &out, &err), ==, 0);
  static const char *const cmds[] = { "analyze", "ingest", "assertions", "speakers", "links",
                                      "claims", "show", "export", "stats" };
  for (guint i = 0; i < G_N_ELEMENTS (cmds); i++)
    g_assert_nonnull (strstr (out, cmds[i]));
  g_free (out);
  g_free (err);

  /* Every command has its own --help. */
  for (guint i = 0; i < G_N_ELEMENTS (cmds); i++)
    {
      const char *a[] = { cmds[i], "--help", NULL };
      g_assert_cmpint (cg_test_run_cli (a, &out, &err), ==, 0);
      char *usage = g_strdup_printf ("claimgraph %s", cmds[i]);
      g_assert_nonnull (strstr (out, usage));
      g_free (usage);
      g_free (out);
      g_free (err);
    }
}

static void
test_usage_errors (void)
{
  char *out = NULL, *err = NULL;
  const char *a[] = { "frobnicate", NULL };
  g_assert_cmpint (cg_test_run_cli (a, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "unknown command"));
  g_free (out);
  g_free (err);

  const char *b[] = { "assertions", "--no-such-option", NULL };
  g_assert_cmpint (cg_test_run_cli (b, &out, &err), ==, 2);
  g_free (out);
  g_free (err);

  const char *c[] = { "assertions", "--format", "xml", "x", NULL };
  g_assert_cmpint (cg_test_run_cli (c, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--format"));
  g_free (out);
  g_free (err);

  const char *d[] = { "analyze", NULL };
  g_assert_cmpint (cg_test_run_cli (d, &out, &err), ==, 2);
  g_free (out);
  g_free (err);

  const char *e[] = { "links", "--relation", "likes", "x", NULL };
  g_assert_cmpint (cg_test_run_cli (e, &out, &err), ==, 2);
  g_free (out);
  g_free (err);

  /* a table without articles to read would be ignored: say so */
  const char *f[] = { "claims", "--db", "/nonexistent/x.db", "--meta-table", "meta.tsv", NULL };
  g_assert_cmpint (cg_test_run_cli (f, &out, &err), ==, 2);
  g_assert_nonnull (strstr (err, "--meta-table applies to articles read from PATHs"));
  g_free (out);
  g_free (err);
}

static void
test_missing_path_is_input_error (void)
{
  char *out = NULL, *err = NULL;
  const char *a[] = { "assertions", "/nonexistent/claimgraph/article.txt", NULL };
  g_assert_cmpint (cg_test_run_cli (a, &out, &err), ==, 1);
  g_assert_nonnull (strstr (err, "/nonexistent/claimgraph/article.txt"));
  g_free (out);
  g_free (err);
}

static void
test_broken_rules_dir (void)
{
  char *dir = cg_test_tmpdir ();
  char *file = g_build_filename (dir, "titles.rules", NULL);
  g_assert_true (g_file_set_contents (file, "President\nSenator ; kind\n", -1, NULL));
  char *seed = cg_test_corpus ("004_df20157698547397.txt");
  char *out = NULL, *err = NULL;
  const char *a[] = { "assertions", "--rules", dir, seed, NULL };
  g_assert_cmpint (cg_test_run_cli (a, &out, &err), ==, 1);
  char *want = g_strdup_printf ("%s:2:", file);
  g_assert_nonnull (strstr (err, want));
  g_free (want);
  g_free (out);
  g_free (err);
  g_unlink (file);
  g_rmdir (dir);
  g_free (file);
  g_free (dir);
  g_free (seed);
}

/* Each line of the assertions output is one JSON object with the fields of
 * the contract, and its offsets point at its text in the file. */
static void
test_assertions_jsonl_contract (void)
{
  char *seed = cg_test_corpus ("000_c3594d0c15096988.txt");
  char *raw = NULL;
  gsize raw_len = 0;
  g_assert_true (g_file_get_contents (seed, &raw, &raw_len, NULL));
  char *out = NULL, *err = NULL;
  const char *a[] = { "assertions", "--format", "jsonl", seed, NULL };
  g_assert_cmpint (cg_test_run_cli (a, &out, &err), ==, 0);
  char **lines = g_strsplit (out, "\n", -1);
  guint n = 0, with_speaker = 0, direct = 0;
  for (guint i = 0; lines[i]; i++)
    {
      if (*lines[i] == '\0')
        continue;
      JsonParser *p = json_parser_new ();
      GError *error = NULL;
      g_assert_true (json_parser_load_from_data (p, lines[i], -1, &error));
      g_assert_no_error (error);
      JsonObject *o = json_node_get_object (json_parser_get_root (p));
      static const char *const keys[] = { "id", "article", "kind", "text", "start", "end", "speaker",
                                          "source", "cue", "certainty", "polarity", "stance" };
      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        if (!json_object_has_member (o, keys[k]))
          g_error ("line %u lacks \"%s\": %s", i + 1, keys[k], lines[i]);
      g_assert_cmpstr (json_object_get_string_member (o, "article"), ==, seed);
      gint64 start = json_object_get_int_member (o, "start");
      gint64 end = json_object_get_int_member (o, "end");
      g_assert_cmpint (start, >=, 0);
      g_assert_cmpint (end, <=, (gint64) raw_len);
      g_assert_cmpint (start, <, end);
      /* The first word of the text stands inside the span in the file. */
      const char *text = json_object_get_string_member (o, "text");
      char **words = g_strsplit (text, " ", 2);
      char *span = g_strndup (raw + start, (gsize) (end - start));
      if (words[0] && *words[0] && strstr (span, words[0]) == NULL)
        g_error ("text \"%s\" does not start inside its span \"%s\"", text, span);
      g_free (span);
      g_strfreev (words);
      if (!JSON_NODE_HOLDS_NULL (json_object_get_member (o, "speaker")))
        with_speaker++;
      if (g_strcmp0 (json_object_get_string_member (o, "kind"), "direct") == 0)
        direct++;
      JsonNode *cue = json_object_get_member (o, "cue");
      if (!JSON_NODE_HOLDS_NULL (cue))
        {
          JsonObject *c = json_node_get_object (cue);
          gint64 cs = json_object_get_int_member (c, "start");
          gint64 ce = json_object_get_int_member (c, "end");
          g_assert_cmpint (ce, >, cs);
          g_assert_cmpint (strncmp (raw + cs, json_object_get_string_member (c, "text"), (gsize) (ce - cs)), ==, 0);
        }
      n++;
      g_object_unref (p);
    }
  /* The Tyee article quotes dozens of people. */
  g_assert_cmpuint (n, >=, 30);
  g_assert_cmpuint (direct, >=, 15);
  g_assert_cmpuint (with_speaker, >=, n * 3 / 4);
  g_strfreev (lines);
  g_free (out);
  g_free (err);
  g_free (raw);
  g_free (seed);
}

static void
test_analyze_writes_outputs (void)
{
  char *dir = cg_test_tmpdir ();
  char *corpus = cg_test_source ("examples/corpus");
  char *out = NULL, *err = NULL;
  const char *a[] = { "analyze", "--quiet", corpus, "-o", dir, NULL };
  int status = cg_test_run_cli (a, &out, &err);
  if (status != 0)
    g_error ("analyze failed (%d): %s", status, err);
  static const char *const files[] = { "report.txt", "assertions.jsonl", "speakers.jsonl", "links.jsonl",
                                       "claims.jsonl", "graph.dot", "graph.json", "graph.graphml", "graph.svg" };
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      char *path = g_build_filename (dir, files[i], NULL);
      char *contents = NULL;
      gsize len = 0;
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      g_assert_cmpuint (len, >, 0);
      if (strcmp (files[i], "report.txt") == 0)
        g_assert_nonnull (strstr (contents, "articles     5"));
      g_free (contents);
      g_unlink (path);
      g_free (path);
    }
  g_rmdir (dir);
  g_free (dir);
  g_free (corpus);
  g_free (out);
  g_free (err);
}

/* Write N (name, text) ARTICLES into DIR. */
static void
write_articles (const char *dir, const char *const (*articles)[2], guint n)
{
  for (guint i = 0; i < n; i++)
    {
      char *path = g_build_filename (dir, articles[i][0], NULL);
      g_assert_true (g_file_set_contents (path, articles[i][1], -1, NULL));
      g_free (path);
    }
}

/* Remove what write_articles() wrote, then DIR, and free DIR. */
static void
remove_articles (char *dir, const char *const (*articles)[2], guint n)
{
  for (guint i = 0; i < n; i++)
    {
      char *path = g_build_filename (dir, articles[i][0], NULL);
      g_unlink (path);
      g_free (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

/* One figure stated by the Pentagon in 2017 and another in 2025: `links`
 * gives a changes link (no contradiction), and `show` tells it in words,
 * the older first. */
static void
test_changes_links_and_show (void)
{
  static const char *const articles[][2] = {
    { "a.txt", "Pentagon tallies the cost of the Afghan war\n\nPublished March 1, 2017\n\n"
               "WASHINGTON \xe2\x80\x94 The cost of the longest war in American history keeps growing.\n\n"
               "The Pentagon said Tuesday that the U.S. has spent $714 billion on the war in Afghanistan since 2001.\n" },
    { "b.txt", "Twenty years on, the bill for Afghanistan\n\nPublished June 10, 2025\n\n"
               "WASHINGTON \xe2\x80\x94 Four years after the withdrawal, the accounting is nearly done.\n\n"
               "The Pentagon said Tuesday that the U.S. has spent $2.26 trillion on the war in Afghanistan, "
               "which began in 2001.\n" },
  };
  char *dir = cg_test_tmpdir ();
  write_articles (dir, articles, G_N_ELEMENTS (articles));
  char *out = NULL, *err = NULL;
  const char *l[] = { "links", "--relation", "changes", "--format", "jsonl", dir, NULL };
  g_assert_cmpint (cg_test_run_cli (l, &out, &err), ==, 0);
  JsonParser *p = json_parser_new ();
  g_assert_true (json_parser_load_from_data (p, out, -1, NULL));   /* one line: one object */
  JsonObject *k = json_node_get_object (json_parser_get_root (p));
  g_assert_cmpstr (json_object_get_string_member (k, "relation"), ==, "changes");
  g_assert_cmpstr (json_object_get_string_member (k, "rule"), ==, "changes.numeric");
  g_assert_nonnull (strstr (json_object_get_string_member (k, "evidence"), "3023 days apart"));
  char *newer = g_strdup (json_object_get_string_member (k, "to"));
  g_object_unref (p);
  g_free (out);
  g_free (err);

  const char *c[] = { "links", "--relation", "contradicts", dir, NULL };
  g_assert_cmpint (cg_test_run_cli (c, &out, &err), ==, 0);
  g_assert_null (strchr (strchr (out, '\n') + 1, '\n'));   /* the header alone */
  g_free (out);
  g_free (err);

  const char *s[] = { "show", newer, dir, NULL };
  g_assert_cmpint (cg_test_run_cli (s, &out, &err), ==, 0);
  const char *told = strstr (out, "changed over time: on 2017-03-01 Pentagon");
  g_assert_nonnull (told);
  g_assert_nonnull (strstr (told, "$714 billion"));
  g_assert_nonnull (strstr (told, "later, on 2025-06-10 Pentagon"));
  g_assert_nonnull (strstr (told, "may have changed in between: not counted as a contradiction"));
  g_free (out);
  g_free (err);
  g_free (newer);
  remove_articles (dir, articles, G_N_ELEMENTS (articles));
}

/* Who printed a claim first: three outlets print one quote, dated by a
 * --meta-table; the claim's "first" is the earliest, whatever the file
 * order, and `show` says so.  Undated, "first" is null. */
static void
test_claim_first_printed (void)
{
  static const char *const articles[][2] = {
    { "a.txt", "Senate passes the budget\n\n\"We will not let this budget pass without a fight over the "
               "defense cuts,\" Senator Jane Roe said on Thursday.\n" },
    { "b.txt", "Budget fight ahead\n\nThe vote was close. \"We will not let this budget pass without a fight "
               "over the defense cuts,\" Senator Jane Roe said.\n" },
    { "c.txt", "Roe vows a fight\n\n\"We will not let this budget pass without a fight over the defense "
               "cuts,\" Senator Jane Roe told reporters.\n" },
  };
  char *dir = cg_test_tmpdir ();
  write_articles (dir, articles, G_N_ELEMENTS (articles));
  char *table = g_build_filename (dir, "meta.tsv", NULL);
  g_assert_true (g_file_set_contents (table, "file\tsource\tdate\n"
                                             "a\tnyt\t2019-03-14\nb\tThe Hill\t2019-03-15\nc\tfox\t3/13/19\n", -1, NULL));
  char *out = NULL, *err = NULL;
  const char *q[] = { "claims", "--format", "jsonl", "--meta-table", table, dir, NULL };
  g_assert_cmpint (cg_test_run_cli (q, &out, &err), ==, 0);
  JsonParser *p = json_parser_new ();
  char *first_line = g_strndup (out, strcspn (out, "\n"));
  g_assert_true (json_parser_load_from_data (p, first_line, -1, NULL));
  JsonObject *c = json_node_get_object (json_parser_get_root (p));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (c, "assertions")), ==, 3);
  JsonObject *first = json_object_get_object_member (c, "first");
  g_assert_nonnull (first);
  g_assert_true (g_str_has_suffix (json_object_get_string_member (first, "article"), "/c.txt"));
  g_assert_cmpstr (json_object_get_string_member (first, "outlet"), ==, "Fox News");
  g_assert_cmpstr (json_object_get_string_member (first, "date"), ==, "2019-03-13");
  char *claim = g_strdup (json_object_get_string_member (c, "id"));
  g_object_unref (p);
  g_free (first_line);
  g_free (out);
  g_free (err);

  const char *s[] = { "show", claim, "--meta-table", table, dir, NULL };
  g_assert_cmpint (cg_test_run_cli (s, &out, &err), ==, 0);
  if (!strstr (out, "first printed: ") || !strstr (out, "said by Jane Roe, in Fox News on 2019-03-13"))
    g_error ("show %s: %s", claim, out);
  g_free (out);
  g_free (err);

  /* without dates nobody is first */
  const char *u[] = { "claims", "--format", "jsonl", dir, NULL };
  g_assert_cmpint (cg_test_run_cli (u, &out, &err), ==, 0);
  g_assert_nonnull (strstr (out, "\"first\":null"));
  g_assert_null (strstr (out, "\"first\":{"));
  g_free (out);
  g_free (err);

  g_unlink (table);
  g_free (table);
  g_free (claim);
  remove_articles (dir, articles, G_N_ELEMENTS (articles));
}

/* The claims the store scores see the articles' outlets: one outlet's
 * paragraph reprinted under two bylines is one source, the same fact from
 * another outlet a second.  Ingested, not analysed, because the store
 * scores from its own view of the corpus. */
static void
test_store_scores_by_outlet (void)
{
  /* the BBC's own words: the same sentence word for word would be a copy */
  static const char *const facts[] = {
    "The Federal Reserve raised its benchmark interest rate by a quarter point on Wednesday, the third increase this year.\n",
    "The Federal Reserve raised its benchmark interest rate by a quarter point on Wednesday, its third increase this year.\n",
  };
  char *dir = cg_test_tmpdir ();
  static const char *const names[] = { "r1.txt", "r2.txt", "b1.txt" };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char *path = g_build_filename (dir, names[i], NULL);
      /* different headlines: identical files are one article to the store */
      char *text = g_strdup_printf ("Markets today, part %u\n\n%s", i + 1, facts[i == 2]);
      g_assert_true (g_file_set_contents (path, text, -1, NULL));
      g_free (text);
      g_free (path);
    }
  char *table = g_build_filename (dir, "meta.tsv", NULL), *db = g_build_filename (dir, "x.db", NULL);
  char *out = NULL, *err = NULL;
  for (guint round = 0; round < 2; round++)
    {
      /* round 0: r1, r2 from Reuters; round 1: b1 from the BBC too */
      g_assert_true (g_file_set_contents (table, round == 0
                                            ? "file\tsource\tauthors\nr1\tReuters\tJane Roe\nr2\tReuters\tJohn Doe\nb1\tReuters\tMary Major\n"
                                            : "file\tsource\tauthors\nr1\tReuters\tJane Roe\nr2\tReuters\tJohn Doe\nb1\tBBC News\tMary Major\n",
                                          -1, NULL));
      g_unlink (db);
      const char *ingest[] = { "ingest", "--quiet", "--db", db, "--meta-table", table, dir, NULL };
      g_assert_cmpint (cg_test_run_cli (ingest, &out, &err), ==, 0);
      g_free (out);
      g_free (err);
      const char *claims[] = { "claims", "--format", "jsonl", "--db", db, NULL };
      g_assert_cmpint (cg_test_run_cli (claims, &out, &err), ==, 0);
      const char *want = round == 0 ? "\"verdict\":\"single-source\",\"assertions\":[\"a1\",\"a2\",\"a3\"]"
                                    : "\"verdict\":\"corroborated\",\"assertions\":[\"a1\",\"a2\",\"a3\"]";
      if (strstr (out, want) == NULL)
        g_error ("round %u: no %s in %s", round, want, out);
      g_free (out);
      g_free (err);
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char *path = g_build_filename (dir, names[i], NULL);
      g_unlink (path);
      g_free (path);
    }
  g_unlink (db);
  g_unlink (table);
  g_free (db);
  g_free (table);
  g_rmdir (dir);
  g_free (dir);
}

/* `show` on a store reads only the item and its neighbours from it (store.c
 * cg_store_load_around()); `show ID PATH...` still analyses the articles
 * into a whole corpus, numbered as a fresh ingest numbers them.  The two
 * must print the same, byte for byte, for every kind of id: the seeds'
 * linked assertions from either end of their links, their claims (one
 * corroborated), their speakers, and ids naming nothing. */
static void
test_show_from_store (void)
{
  static const char *const ids[] = { "a32", "a258", "a33", "a295", "a156", "a136", "a137", "c32", "c155",
                                     "s8", "s31", "s36", "s49", "a1", "c1", "s1", "a0", "c999999", "s999999", "x1" };
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "seeds.db", NULL);
  char *corpus = cg_test_source ("examples/corpus");
  char *out = NULL, *err = NULL;
  const char *ingest[] = { "ingest", "--quiet", "--db", db, corpus, NULL };
  g_assert_cmpint (cg_test_run_cli (ingest, &out, &err), ==, 0);
  g_free (out);
  g_free (err);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      char *whole = NULL, *whole_err = NULL;
      const char *loaded[] = { "show", ids[i], corpus, NULL };
      const char *stored[] = { "show", ids[i], "--db", db, NULL };
      int status = cg_test_run_cli (loaded, &whole, &whole_err);
      g_assert_cmpint (cg_test_run_cli (stored, &out, &err), ==, status);
      if (strcmp (out, whole) != 0 || strcmp (err, whole_err) != 0)
        g_error ("show %s from the store:\n%s%s\nfrom the articles:\n%s%s", ids[i], out, err, whole, whole_err);
      /* what the seeds' links say is there to compare */
      if (ids[i][0] == 'a' && i < 7)
        g_assert_nonnull (strstr (out, "score"));
      g_free (out);
      g_free (err);
      g_free (whole);
      g_free (whole_err);
    }
  g_unlink (db);
  cg_test_remove_tree (dir);
  g_free (dir);
  g_free (db);
  g_free (corpus);
}

/* The lines of the unfiltered listing ALL (loaded whole, the path without
 * a filter) that a filter for NAME keeps: a table's header and rows whose
 * second column is NAME, or JSON lines with FIELD NAME.  Returns a new
 * string. */
static char *
lines_with (const char *all, gboolean jsonl, const char *field, const char *name)
{
  char **lines = g_strsplit (all, "\n", -1);
  char *member = g_strdup_printf ("\"%s\":\"%s\",", field, name);
  GString *out = g_string_new (NULL);
  for (guint i = 0; lines[i] && lines[i][0]; i++)
    {
      char **cols = g_strsplit_set (lines[i], " ", -1);
      guint k = 1;
      while (cols[k] && cols[k][0] == '\0')
        k++;
      gboolean keep = jsonl ? strstr (lines[i], member) != NULL : i == 0 || g_strcmp0 (cols[k], name) == 0;
      if (keep)
        g_string_append_printf (out, "%s\n", lines[i]);
      g_strfreev (cols);
    }
  g_free (member);
  g_strfreev (lines);
  return g_string_free (out, FALSE);
}

/* `claims --verdict V` and `links --relation R` on a store read only what
 * they print (store.c cg_store_each_claims(), cg_store_load_links());
 * without a filter the commands still load the store whole.  On the seeds'
 * store (dated, 337 single-source claims: more than a part of 256) the
 * filtered listing must be the unfiltered one's lines of that verdict or
 * relation, byte for byte, in both formats; and again once the first
 * member of every corroborated and contradicted claim is gone, as an
 * interrupted ingest leaves claims naming assertions that are gone (both
 * paths leave them out; a claim of one member is left empty). */
static void
test_lists_from_store (void)
{
  static const char *const verdicts[] = { "corroborated", "single-source", "contested", "contradicted" };
  static const char *const relations[] = { "same_as", "supports", "contradicts", "quotes", "changes" };
  char *dir = cg_test_tmpdir ();
  char *db = g_build_filename (dir, "seeds.db", NULL);
  char *corpus = cg_test_source ("examples/corpus");
  char *out = NULL, *err = NULL, *before = NULL;
  const char *ingest[] = { "ingest", "--quiet", "--db", db, corpus, NULL };
  g_assert_cmpint (cg_test_run_cli (ingest, &out, &err), ==, 0);
  g_free (out);
  g_free (err);
  for (guint round = 0; round < 2; round++)
    {
      if (round == 1)
        {
          sqlite3 *conn;
          g_assert_cmpint (sqlite3_open (db, &conn), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_exec (conn,
                                         "DELETE FROM assertions WHERE id IN (SELECT CAST (members AS INTEGER)"
                                         " FROM claims WHERE verdict IN ('corroborated', 'contradicted'))",
                                         NULL, NULL, NULL),
                           ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_changes (conn), >=, 2);
          sqlite3_close (conn);
        }
      for (guint f = 0; f < 2; f++)
        for (guint cmd = 0; cmd < 2; cmd++)
          {
            const char *format = f ? "jsonl" : "table";
            const char *name = cmd ? "links" : "claims", *flag = cmd ? "--relation" : "--verdict";
            const char *field = cmd ? "relation" : "verdict";
            const char *const *values = cmd ? relations : verdicts;
            guint n = cmd ? G_N_ELEMENTS (relations) : G_N_ELEMENTS (verdicts);
            char *all = NULL;
            const char *whole[] = { name, "--format", format, "--db", db, NULL };
            g_assert_cmpint (cg_test_run_cli (whole, &all, &err), ==, 0);
            g_free (err);
            guint rows = 0;
            for (guint i = 0; i < n; i++)
              {
                const char *filtered[] = { name, flag, values[i], "--format", format, "--db", db, NULL };
                g_assert_cmpint (cg_test_run_cli (filtered, &out, &err), ==, 0);
                char *want = lines_with (all, f, field, values[i]);
                if (strcmp (out, want) != 0 || err[0])
                  g_error ("round %u: %s %s %s --format %s:\n%s%s\nloaded whole:\n%s", round, name, flag, values[i],
                           format, out, err, want);
                for (const char *p = out; (p = strchr (p, '\n')); p++)
                  rows++;
                g_free (want);
                g_free (out);
                g_free (err);
              }
            /* every line of the whole listing is some filter's (a table's header is every filter's) */
            guint all_rows = 0;
            for (const char *p = all; (p = strchr (p, '\n')); p++)
              all_rows++;
            g_assert_cmpuint (rows, ==, f ? all_rows : all_rows + n - 1);
            /* the members deleted show in the claims */
            if (f == 1 && cmd == 0 && round == 0)
              before = g_strdup (all);
            else if (f == 1 && cmd == 0)
              g_assert_cmpstr (before, !=, all);
            g_free (all);
          }
    }
  g_free (before);
  g_unlink (db);
  cg_test_remove_tree (dir);
  g_free (dir);
  g_free (db);
  g_free (corpus);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/missing-path", test_missing_path_is_input_error);
  g_test_add_func ("/cli/broken-rules-dir", test_broken_rules_dir);
  g_test_add_func ("/cli/assertions-jsonl-contract", test_assertions_jsonl_contract);
  g_test_add_func ("/cli/analyze-writes-outputs", test_analyze_writes_outputs);
  g_test_add_func ("/cli/changes-links-and-show", test_changes_links_and_show);
  g_test_add_func ("/cli/claim-first-printed", test_claim_first_printed);
  g_test_add_func ("/cli/store-scores-by-outlet", test_store_scores_by_outlet);
  g_test_add_func ("/cli/show-from-store", test_show_from_store);
  g_test_add_func ("/cli/lists-from-store", test_lists_from_store);
  return g_test_run ();
}
