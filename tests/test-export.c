/* test-export.c: the exporters (DOT, SVG, PNG, JSON, GraphML) on a
 * hand-built corpus whose texts hold every character that could break a
 * format, then on the seed corpus through the CLI. */
#include "cg-test.h"

#include <string.h>

#include <glib/gstdio.h>
#include <graphviz/cgraph.h>
#include <json-glib/json-glib.h>

/* Quotes, backslashes (one trailing), Graphviz escapes, a newline, markup,
 * a CDATA end, braces, controls and non-ASCII UTF-8. */
static const char NASTY[] =
  "He said \"no\" to C:\\dir\\ and \\N \\G \\l {braces} [x] <b>&amp;</b> ]]> a;b|c "
  "ctl\x01\x1f\x7f «Зеленский» “quoted”\nnext line ends with\\";
/* What XML and DOT can carry: the controls replaced by U+FFFD. */
static const char NASTY_XML[] =
  "He said \"no\" to C:\\dir\\ and \\N \\G \\l {braces} [x] <b>&amp;</b> ]]> a;b|c "
  "ctl\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD «Зеленский» “quoted”\nnext line ends with\\";
static const char NASTY_TITLE[] = "Title with \"quotes\" & <tags> ends\\";
static const char NASTY_NAME[] = "Ivan \"The\" Зеленский\\";

static CgCorpus *
nasty_corpus (void)
{
  CgCorpus *c = cg_corpus_new ();
  CgArticle *d = cg_article_new ();
  d->id = g_strdup ("d1");
  d->path = g_strdup ("examples/corpus/002_949dcb43ef4cc554.txt");
  d->title = g_strdup (NASTY_TITLE);
  d->outlet = g_strdup ("Outlet {x}");
  d->author = g_strdup (NASTY_NAME);
  d->date = g_strdup ("2025-04-29");
  g_ptr_array_add (c->articles, d);
  CgArticle *d2 = cg_article_new ();
  d2->id = g_strdup ("d2");
  d2->path = g_strdup ("examples/corpus/004_df20157698547397.txt");
  d2->title = g_strdup ("Putin and Trump");
  g_ptr_array_add (c->articles, d2);
  CgSpeaker *s = cg_speaker_new ();
  s->id = g_strdup ("s1");
  s->name = g_strdup (NASTY_NAME);
  s->kind = CG_SPEAKER_AUTHOR;
  g_ptr_array_add (s->roles, g_strdup ("a <senior> \"official\""));
  g_ptr_array_add (c->speakers, s);
  CgSpeaker *s2 = cg_speaker_new ();
  s2->id = g_strdup ("s2");
  s2->name = g_strdup ("Donald Trump");
  g_ptr_array_add (s2->aliases, g_strdup ("Trump"));
  g_ptr_array_add (c->speakers, s2);
  static const struct { const char *id, *article, *text, *speaker; CgAssertionKind kind; } as[] = {
    { "a1", "d1", NASTY, "s1", CG_KIND_DIRECT },
    { "a2", "d1", "Let me tell you, Putin went through a hell of a lot with me,", "s2", CG_KIND_DIRECT },
    { "a3", "d2", "Putin went through a hell of a lot with me", "s2", CG_KIND_INDIRECT },
    { "a4", "d2", "If Vladimir Putin did help to put Donald Trump in the White House, it would be the "
                  "ultimate intelligence coup.", NULL, CG_KIND_AUTHOR },
  };
  for (guint i = 0; i < G_N_ELEMENTS (as); i++)
    {
      CgAssertion *a = cg_assertion_new ();
      a->id = g_strdup (as[i].id);
      a->article_id = g_strdup (as[i].article);
      a->text = g_strdup (as[i].text);
      a->speaker_id = g_strdup (as[i].speaker);
      a->kind = as[i].kind;
      a->span = (CgSpan) { 100 * i, 100 * i + 50 };
      g_ptr_array_add (c->assertions, a);
    }
  CgLink *l = cg_link_new ();
  l->from = g_strdup ("a2");
  l->to = g_strdup ("a3");
  l->relation = CG_RELATION_SAME_AS;
  l->score = 0.91;
  l->rule = g_strdup ("same_as.shingles");
  l->evidence = g_strdup (NASTY);
  g_ptr_array_add (c->links, l);
  l = cg_link_new ();
  l->from = g_strdup ("a4");
  l->to = g_strdup ("a1");
  l->relation = CG_RELATION_CONTRADICTS;
  l->score = 0.5;
  l->rule = g_strdup ("contradicts.negation");
  g_ptr_array_add (c->links, l);
  CgClaim *cl = cg_claim_new ();
  cl->id = g_strdup ("c1");
  cl->verdict = CG_VERDICT_CORROBORATED;
  g_ptr_array_add (cl->assertions, g_strdup ("a2"));
  g_ptr_array_add (cl->assertions, g_strdup ("a3"));
  g_ptr_array_add (c->claims, cl);
  cl = cg_claim_new ();
  cl->id = g_strdup ("c2");
  cl->verdict = CG_VERDICT_CONTRADICTED;
  g_ptr_array_add (cl->assertions, g_strdup ("a1"));
  g_ptr_array_add (c->claims, cl);
  return c;
}

static char *
export_string (CgGraph *g, CgExportFormat format, const CgGraphFilter *f, gsize *len)
{
  char *dir = cg_test_tmpdir ();
  char *path = g_build_filename (dir, "out", NULL);
  GError *error = NULL;
  g_assert_true (cg_graph_export (g, format, f, path, &error));
  g_assert_no_error (error);
  char *data = NULL;
  g_assert_true (g_file_get_contents (path, &data, len, NULL));
  /* Written whole and renamed: nothing else is left in the directory. */
  GDir *d = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (d), ==, "out");
  g_assert_null (g_dir_read_name (d));
  g_dir_close (d);
  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
  return data;
}

/* Run PROGRAM ARGS with INPUT on stdin; returns its exit status. */
static int
run_tool (const char *const *argv, const char *input_path, char **out, char **err)
{
  GPtrArray *args = g_ptr_array_new ();
  for (guint i = 0; argv[i]; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  if (input_path)
    g_ptr_array_add (args, (gpointer) input_path);
  g_ptr_array_add (args, NULL);
  int status = -1;
  GError *error = NULL;
  g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_SEARCH_PATH | (out ? 0 : G_SPAWN_STDOUT_TO_DEV_NULL) | (err ? 0 : G_SPAWN_STDERR_TO_DEV_NULL), NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_ptr_array_unref (args);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

static char *
write_temp (const char *data, gsize len, const char *suffix)
{
  char *dir = cg_test_tmpdir ();
  char *name = g_strconcat ("graph", suffix, NULL);
  char *path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, data, (gssize) len, NULL));
  g_free (name);
  g_free (dir);
  return path;
}

static gboolean
xml_well_formed (const char *data, gsize len, const char *suffix)
{
  char *path = write_temp (data, len, suffix);
  static const char *const xmllint[] = { "xmllint", "--noout", NULL };
  char *err = NULL;
  int status = run_tool (xmllint, path, NULL, &err);
  if (status != 0)
    g_printerr ("xmllint: %s\n", err);
  g_free (err);
  g_unlink (path);
  g_free (path);
  return status == 0;
}

/* Decode a label the way Graphviz shows it: escString ("\\" a backslash,
 * "\n" "\l" "\r" line breaks, a final one ending the last line rather
 * than adding an empty one) and HTML entities ("&amp;"). */
static char *
unescape_label (const char *s)
{
  GString *out = g_string_new (NULL);
  for (const char *p = s; *p; p++)
    {
      if (*p == '\\' && p[1])
        {
          p++;
          if (*p == 'n' || *p == 'l' || *p == 'r')
            {
              if (p[1])
                g_string_append_c (out, '\n');
            }
          else
            g_string_append_c (out, *p);
        }
      else if (g_str_has_prefix (p, "&amp;"))
        {
          g_string_append_c (out, '&');
          p += 4;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Runs of whitespace to one space, ends trimmed: labels are re-wrapped. */
static char *
fold_space (const char *s)
{
  char **words = g_strsplit_set (s, " \n", -1);
  GString *out = g_string_new (NULL);
  for (guint i = 0; words[i]; i++)
    if (*words[i])
      g_string_append_printf (out, "%s%s", out->len ? " " : "", words[i]);
  g_strfreev (words);
  return g_string_free (out, FALSE);
}

static void
test_dot (void)
{
  CgCorpus *c = nasty_corpus ();
  CgGraph *g = cg_graph_new (c);
  gsize len;
  char *dot = export_string (g, CG_EXPORT_DOT, NULL, &len);
  g_assert_true (g_str_has_prefix (dot, "digraph"));

  /* cgraph reads it back; the texts survive. */
  Agraph_t *ag = agmemread (dot);
  g_assert_nonnull (ag);
  Agnode_t *a1 = agnode (ag, "a1", FALSE);
  g_assert_nonnull (a1);
  char *text = unescape_label (agget (a1, "text"));
  g_assert_cmpstr (text, ==, NASTY_XML);
  g_free (text);
  /* The label is the text wrapped (and, past 120 characters, shortened). */
  char *label = unescape_label (agget (a1, "label"));
  char *folded_label = fold_space (label), *folded_text = fold_space (NASTY_XML);
  g_assert_true (g_str_has_suffix (folded_label, "…"));
  folded_label[strlen (folded_label) - strlen ("…")] = '\0';
  g_assert_true (g_str_has_prefix (folded_text, folded_label));
  g_assert_cmpuint (g_utf8_strlen (folded_label, -1), >=, 100);
  g_assert_nonnull (strstr (folded_label, "<b>&amp;</b>"));
  g_assert_nonnull (strstr (folded_label, "\\N \\G \\l {braces}"));
  g_assert_nonnull (strstr (folded_label, "C:\\dir\\"));
  g_assert_nonnull (strstr (folded_label, "«Зеленский»"));
  g_free (label);
  g_free (folded_label);
  g_free (folded_text);
  char *name = unescape_label (agget (agnode (ag, "s1", FALSE), "label"));
  g_assert_true (g_str_has_prefix (name, "Ivan \"The\" Зеленский\\"));
  g_free (name);

  /* One cluster per article, labelled; nodes by kind; edges by relation,
   * without duplicates. */
  guint clusters = 0;
  for (Agraph_t *sg = agfstsubg (ag); sg; sg = agnxtsubg (sg))
    if (g_str_has_prefix (agnameof (sg), "cluster_d"))
      {
        clusters++;
        if (strcmp (agnameof (sg), "cluster_d1") == 0)
          {
            char *title = unescape_label (agget (sg, "label"));
            g_assert_true (g_str_has_prefix (title, "Title with \"quotes\" & <tags> ends\\"));
            g_assert_nonnull (strstr (title, "Outlet {x} · 2025-04-29"));
            g_free (title);
            g_assert_nonnull (agnode (sg, "a1", FALSE));
            g_assert_null (agnode (sg, "a3", FALSE));
          }
      }
  g_assert_cmpuint (clusters, ==, 2);
  g_assert_cmpstr (agget (agnode (ag, "d1", FALSE), "kind"), ==, "article");
  g_assert_cmpstr (agget (agnode (ag, "s2", FALSE), "kind"), ==, "speaker");
  g_assert_cmpstr (agget (agnode (ag, "c1", FALSE), "kind"), ==, "claim");
  g_assert_cmpstr (agget (agnode (ag, "c1", FALSE), "fillcolor"), ==, "#a5d6a7");
  /* The singleton claim c2 is folded into a1's border. */
  g_assert_null (agnode (ag, "c2", FALSE));
  g_assert_cmpstr (agget (a1, "claim"), ==, "c2");
  g_assert_cmpstr (agget (a1, "verdict"), ==, "contradicted");
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint edges = 0;
  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
      {
        char *key = g_strdup_printf ("%s %s %s", agnameof (agtail (e)), agnameof (aghead (e)), agget (e, "kind"));
        g_assert_true (g_hash_table_add (seen, key));
        edges++;
        if (strcmp (agget (e, "kind"), "contradicts") == 0)
          {
            g_assert_cmpstr (agget (e, "color"), ==, "#c62828");
            g_assert_cmpstr (agget (e, "style"), ==, "bold");
          }
        if (strcmp (agget (e, "kind"), "same_as") == 0)
          {
            g_assert_cmpstr (agget (e, "style"), ==, "dashed");
            char *tip = unescape_label (agget (e, "tooltip"));
            g_assert_nonnull (strstr (tip, "<b>&amp;</b>"));
            g_free (tip);
          }
      }
  /* 3 said_by, 4 carried_by, 1 written_by, 2 links, 2 member_of of c1
   * (c2's is folded away). */
  g_assert_cmpuint (edges, ==, 12);
  g_hash_table_unref (seen);
  g_assert_nonnull (agnode (ag, "legend", FALSE));
  agclose (ag);

  /* dot itself parses it and the SVG shows the text. */
  char *path = write_temp (dot, len, ".dot");
  static const char *const dot_svg[] = { "/usr/bin/dot", "-Tsvg", NULL };
  char *svg = NULL, *err = NULL;
  g_assert_cmpint (run_tool (dot_svg, path, &svg, &err), ==, 0);
  g_assert_true (xml_well_formed (svg, strlen (svg), ".svg"));
  g_assert_nonnull (strstr (svg, "&lt;b&gt;&amp;amp;&lt;/b&gt;"));
  g_assert_nonnull (strstr (svg, "\\N"));
  g_assert_nonnull (strstr (svg, "\\G"));
  g_assert_nonnull (strstr (svg, "{braces}"));
  g_assert_nonnull (strstr (svg, "«Зеленский»"));
  g_assert_nonnull (strstr (svg, "&lt;tags&gt; ends\\<"));
  g_free (svg);
  g_free (err);
  g_unlink (path);
  g_free (path);

  /* Same input, same bytes. */
  gsize len2;
  char *again = export_string (g, CG_EXPORT_DOT, NULL, &len2);
  g_assert_cmpmem (dot, len, again, len2);
  g_free (again);
  g_free (dot);
  cg_graph_free (g);
  cg_corpus_free (c);
}

static JsonObject *
find_by_id (JsonArray *array, const char *id)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);
      if (g_strcmp0 (json_object_get_string_member (o, "id"), id) == 0)
        return o;
    }
  return NULL;
}

static void
test_json (void)
{
  CgCorpus *c = nasty_corpus ();
  CgGraph *g = cg_graph_new (c);
  gsize len;
  char *data = export_string (g, CG_EXPORT_JSON, NULL, &len);
  JsonParser *p = json_parser_new ();
  GError *error = NULL;
  g_assert_true (json_parser_load_from_data (p, data, (gssize) len, &error));
  g_assert_no_error (error);
  JsonObject *root = json_node_get_object (json_parser_get_root (p));
  g_assert_true (json_object_get_boolean_member (root, "directed"));
  g_assert_false (json_object_get_boolean_member (root, "multigraph"));
  JsonArray *nodes = json_object_get_array_member (root, "nodes");
  JsonArray *links = json_object_get_array_member (root, "links");
  g_assert_cmpuint (json_array_get_length (nodes), ==, 10);
  /* 3 said_by + 4 carried_by + 1 written_by + 2 links + 3 member_of. */
  g_assert_cmpuint (json_array_get_length (links), ==, 13);
  JsonObject *a1 = find_by_id (nodes, "a1");
  g_assert_nonnull (a1);
  g_assert_cmpstr (json_object_get_string_member (a1, "kind"), ==, "assertion");
  /* Controls included: JSON carries the text exactly. */
  g_assert_cmpstr (json_object_get_string_member (a1, "text"), ==, NASTY);
  g_assert_cmpstr (json_object_get_string_member (a1, "assertion_kind"), ==, "direct");
  g_assert_cmpint (json_object_get_int_member (a1, "start"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (a1, "end"), ==, 50);
  g_assert_cmpstr (json_object_get_string_member (find_by_id (nodes, "s1"), "name"), ==, NASTY_NAME);
  g_assert_cmpstr (json_object_get_string_member (find_by_id (nodes, "d1"), "title"), ==, NASTY_TITLE);
  g_assert_cmpstr (json_object_get_string_member (find_by_id (nodes, "c2"), "verdict"), ==, "contradicted");
  /* c1's members are in a dated and an undated article: the dated one is first */
  g_assert_cmpstr (json_object_get_string_member (find_by_id (nodes, "c1"), "first"), ==, "a2");
  g_assert_cmpstr (json_object_get_string_member (find_by_id (nodes, "c1"), "first_date"), ==, "2025-04-29");
  g_assert_true (json_object_get_null_member (find_by_id (nodes, "a4"), "speaker"));
  /* Every link names two nodes present (what d3-force and Cytoscape.js
   * need) and has a unique id. */
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *l = json_array_get_object_element (links, i);
      g_assert_nonnull (find_by_id (nodes, json_object_get_string_member (l, "source")));
      g_assert_nonnull (find_by_id (nodes, json_object_get_string_member (l, "target")));
      g_assert_true (g_hash_table_add (ids, (gpointer) json_object_get_string_member (l, "id")));
    }
  g_hash_table_unref (ids);
  JsonObject *same = find_by_id (links, "a2-same_as-a3");
  g_assert_nonnull (same);
  g_assert_cmpstr (json_object_get_string_member (same, "kind"), ==, "same_as");
  g_assert_cmpfloat (json_object_get_double_member (same, "score"), ==, 0.91);
  g_assert_cmpstr (json_object_get_string_member (same, "evidence"), ==, NASTY);
  /* The symmetric contradiction is stored in its canonical direction. */
  g_assert_nonnull (find_by_id (links, "a1-contradicts-a4"));
  g_object_unref (p);

  gsize len2;
  char *again = export_string (g, CG_EXPORT_JSON, NULL, &len2);
  g_assert_cmpmem (data, len, again, len2);
  g_free (again);

  /* The focus reaches the JSON too, and is recorded in "graph". */
  CgGraphFilter f = { .focus = "a3", .depth = 1 };
  char *focused = export_string (g, CG_EXPORT_JSON, &f, &len);
  p = json_parser_new ();
  g_assert_true (json_parser_load_from_data (p, focused, (gssize) len, NULL));
  root = json_node_get_object (json_parser_get_root (p));
  nodes = json_object_get_array_member (root, "nodes");
  /* a3, its article d2, speaker s2, claim c1 and same_as partner a2. */
  g_assert_cmpuint (json_array_get_length (nodes), ==, 5);
  g_assert_null (find_by_id (nodes, "a1"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "graph"), "focus"), ==, "a3");
  g_object_unref (p);
  g_free (focused);
  g_free (data);
  cg_graph_free (g);
  cg_corpus_free (c);
}

/* A figure of 2017 changed by 2025: a `changes` link from the older
 * assertion (a2, the higher id) to the newer.  Every format carries it
 * with its direction (not folded like a symmetric contradiction), DOT
 * draws it dashed orange with an arrow and names it in the legend. */
static CgCorpus *
changes_corpus (void)
{
  CgCorpus *c = cg_corpus_new ();
  static const struct { const char *id, *date; } ds[] = { { "d1", "2025-06-10" }, { "d2", "2017-03-01" } };
  for (guint i = 0; i < G_N_ELEMENTS (ds); i++)
    {
      CgArticle *d = cg_article_new ();
      d->id = g_strdup (ds[i].id);
      d->path = g_strdup_printf ("/tmp/%s.txt", ds[i].id);
      d->date = g_strdup (ds[i].date);
      g_ptr_array_add (c->articles, d);
    }
  static const char *const texts[] = { "the U.S. has spent $2.26 trillion on the war in Afghanistan, which began in 2001",
                                       "the U.S. has spent $714 billion on the war in Afghanistan since 2001" };
  for (guint i = 0; i < 2; i++)
    {
      CgAssertion *a = cg_assertion_new ();
      a->id = g_strdup_printf ("a%u", i + 1);
      a->article_id = g_strdup_printf ("d%u", i + 1);
      a->text = g_strdup (texts[i]);
      a->kind = CG_KIND_INDIRECT;
      a->span = (CgSpan) { 10, 90 };
      g_ptr_array_add (c->assertions, a);
    }
  CgLink *l = cg_link_new ();
  l->from = g_strdup ("a2");
  l->to = g_strdup ("a1");
  l->relation = CG_RELATION_CHANGES;
  l->score = 0.71;
  l->rule = g_strdup ("changes.numeric");
  l->evidence = g_strdup ("changed over time: 2017-03-01 (a2) to 2025-06-10 (a1), 3023 days apart");
  g_ptr_array_add (c->links, l);
  for (guint i = 0; i < 2; i++)
    {
      CgClaim *cl = cg_claim_new ();
      cl->id = g_strdup_printf ("c%u", i + 1);
      cl->verdict = CG_VERDICT_SINGLE_SOURCE;
      g_ptr_array_add (cl->assertions, g_strdup_printf ("a%u", i + 1));
      g_ptr_array_add (c->claims, cl);
    }
  return c;
}

static void
test_changes (void)
{
  CgCorpus *c = changes_corpus ();
  CgGraph *g = cg_graph_new (c);
  gsize len;

  char *dot = export_string (g, CG_EXPORT_DOT, NULL, &len);
  Agraph_t *ag = agmemread (dot);
  g_assert_nonnull (ag);
  guint found = 0;
  for (Agnode_t *n = agfstnode (ag); n; n = agnxtnode (ag, n))
    for (Agedge_t *e = agfstout (ag, n); e; e = agnxtout (ag, e))
      if (strcmp (agget (e, "kind"), "changes") == 0)
        {
          found++;
          g_assert_cmpstr (agnameof (agtail (e)), ==, "a2");
          g_assert_cmpstr (agnameof (aghead (e)), ==, "a1");
          g_assert_cmpstr (agget (e, "style"), ==, "dashed");
          g_assert_cmpstr (agget (e, "color"), ==, "#ef6c00");
          g_assert_cmpstr (agget (e, "dir"), ==, "forward");
          g_assert_cmpstr (agget (e, "rule"), ==, "changes.numeric");
        }
  g_assert_cmpuint (found, ==, 1);
  g_assert_nonnull (strstr (agget (agnode (ag, "legend", FALSE), "label"), "changes"));
  agclose (ag);
  g_free (dot);

  char *data = export_string (g, CG_EXPORT_JSON, NULL, &len);
  JsonParser *p = json_parser_new ();
  g_assert_true (json_parser_load_from_data (p, data, (gssize) len, NULL));
  JsonArray *links = json_object_get_array_member (json_node_get_object (json_parser_get_root (p)), "links");
  JsonObject *k = find_by_id (links, "a2-changes-a1");
  g_assert_nonnull (k);
  g_assert_cmpstr (json_object_get_string_member (k, "kind"), ==, "changes");
  g_assert_cmpstr (json_object_get_string_member (k, "source"), ==, "a2");
  g_assert_cmpstr (json_object_get_string_member (k, "rule"), ==, "changes.numeric");
  g_assert_nonnull (strstr (json_object_get_string_member (k, "evidence"), "3023 days apart"));
  g_object_unref (p);
  g_free (data);

  data = export_string (g, CG_EXPORT_GRAPHML, NULL, &len);
  g_assert_true (xml_well_formed (data, len, ".graphml"));
  const char *e = strstr (data, "source=\"a2\" target=\"a1\">");
  g_assert_nonnull (e);
  const char *end = strstr (e, "</edge>");
  char *edge = g_strndup (e, (gsize) (end - e));
  g_assert_nonnull (strstr (edge, ">changes</data>"));
  g_assert_nonnull (strstr (edge, ">changes.numeric</data>"));
  g_free (edge);
  g_free (data);

  /* --relation changes keeps just that edge and its two ends */
  CgGraphFilter f = { .depth = 2, .relations = "changes" };
  data = export_string (g, CG_EXPORT_JSON, &f, &len);
  p = json_parser_new ();
  g_assert_true (json_parser_load_from_data (p, data, (gssize) len, NULL));
  JsonObject *root = json_node_get_object (json_parser_get_root (p));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "links")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "nodes")), ==, 2);
  g_object_unref (p);
  g_free (data);
  cg_graph_free (g);
  cg_corpus_free (c);
}

typedef struct {
  GHashTable *keys;      /* declared key ids */
  guint       unknown;   /* <data> with an undeclared key */
  guint       nodes, edges;
  gboolean    in_a1_text;
  char       *current_node;
  GString    *a1_text;
} GraphmlScan;

static void
gm_start (GMarkupParseContext *ctx, const char *element, const char **names, const char **values,
          gpointer user_data, GError **error)
{
  (void) ctx;
  (void) error;
  GraphmlScan *s = user_data;
  const char *id = NULL, *key = NULL, *attr_for = NULL;
  for (guint i = 0; names[i]; i++)
    {
      if (strcmp (names[i], "id") == 0)
        id = values[i];
      else if (strcmp (names[i], "key") == 0)
        key = values[i];
      else if (strcmp (names[i], "for") == 0)
        attr_for = values[i];
    }
  if (strcmp (element, "key") == 0)
    {
      g_assert_nonnull (attr_for);
      g_hash_table_add (s->keys, g_strdup (id));
    }
  else if (strcmp (element, "node") == 0)
    {
      s->nodes++;
      g_free (s->current_node);
      s->current_node = g_strdup (id);
    }
  else if (strcmp (element, "edge") == 0)
    s->edges++;
  else if (strcmp (element, "data") == 0)
    {
      if (!g_hash_table_contains (s->keys, key))
        s->unknown++;
      s->in_a1_text = g_strcmp0 (s->current_node, "a1") == 0 && strcmp (key, "n_text") == 0;
    }
}

static void
gm_end (GMarkupParseContext *ctx, const char *element, gpointer user_data, GError **error)
{
  (void) ctx;
  (void) element;
  (void) error;
  ((GraphmlScan *) user_data)->in_a1_text = FALSE;
}

static void
gm_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer user_data, GError **error)
{
  (void) ctx;
  (void) error;
  GraphmlScan *s = user_data;
  if (s->in_a1_text)
    g_string_append_len (s->a1_text, text, len);
}

static void
test_graphml (void)
{
  CgCorpus *c = nasty_corpus ();
  CgGraph *g = cg_graph_new (c);
  gsize len;
  char *data = export_string (g, CG_EXPORT_GRAPHML, NULL, &len);
  g_assert_true (xml_well_formed (data, len, ".graphml"));
  g_assert_nonnull (strstr (data, "xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
  g_assert_nonnull (strstr (data, "<graph id=\"claimgraph\" edgedefault=\"directed\">"));

  GraphmlScan scan = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL), 0, 0, 0, FALSE, NULL,
                       g_string_new (NULL) };
  static const GMarkupParser parser = { gm_start, gm_end, gm_text, NULL, NULL };
  GMarkupParseContext *ctx = g_markup_parse_context_new (&parser, 0, &scan, NULL);
  GError *error = NULL;
  g_assert_true (g_markup_parse_context_parse (ctx, data, (gssize) len, &error));
  g_assert_true (g_markup_parse_context_end_parse (ctx, &error));
  g_assert_no_error (error);
  g_markup_parse_context_free (ctx);
  g_assert_cmpuint (scan.unknown, ==, 0);
  g_assert_cmpuint (scan.nodes, ==, 10);
  g_assert_cmpuint (scan.edges, ==, 13);
  g_assert_cmpstr (scan.a1_text->str, ==, NASTY_XML);
  g_assert_nonnull (strstr (data, "<data key=\"n_first\">a2</data>\n      <data key=\"n_first_date\">2025-04-29</data>"));
  g_string_free (scan.a1_text, TRUE);
  g_free (scan.current_node);
  g_hash_table_unref (scan.keys);

  gsize len2;
  char *again = export_string (g, CG_EXPORT_GRAPHML, NULL, &len2);
  g_assert_cmpmem (data, len, again, len2);
  g_free (again);
  g_free (data);
  cg_graph_free (g);
  cg_corpus_free (c);
}

static void
test_render (void)
{
  CgCorpus *c = nasty_corpus ();
  CgGraph *g = cg_graph_new (c);
  gsize len;
  char *svg = export_string (g, CG_EXPORT_SVG, NULL, &len);
  g_assert_true (xml_well_formed (svg, len, ".svg"));
  g_assert_nonnull (strstr (svg, "<svg"));
  g_assert_nonnull (strstr (svg, "«Зеленский»"));
  g_assert_nonnull (strstr (svg, "&lt;b&gt;&amp;amp;&lt;/b&gt;"));
  g_assert_nonnull (strstr (svg, "<g id=\"a1\" class=\"node\">"));
  gsize len2;
  char *again = export_string (g, CG_EXPORT_SVG, NULL, &len2);
  g_assert_cmpmem (svg, len, again, len2);
  g_free (again);
  g_free (svg);

  CgGraphFilter f = { .focus = "c1", .depth = 1 };
  char *png = export_string (g, CG_EXPORT_PNG, &f, &len);
  g_assert_cmpuint (len, >, 8);
  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  g_free (png);
  cg_graph_free (g);
  cg_corpus_free (c);
}

static void
test_output_errors (void)
{
  CgCorpus *c = nasty_corpus ();
  CgGraph *g = cg_graph_new (c);
  char *dir = cg_test_tmpdir ();
  char *path = g_build_filename (dir, "no-such-dir", "graph.dot", NULL);
  GError *error = NULL;
  g_assert_false (cg_graph_export (g, CG_EXPORT_DOT, NULL, path, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* A bad filter writes nothing, not even an empty file. */
  char *out = g_build_filename (dir, "graph.json", NULL);
  CgGraphFilter bad = { .depth = 2, .verdict = "maybe" };
  g_assert_false (cg_graph_export (g, CG_EXPORT_JSON, &bad, out, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_USAGE);
  g_clear_error (&error);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_free (out);
  g_free (path);
  g_rmdir (dir);
  g_free (dir);
  cg_graph_free (g);
  cg_corpus_free (c);
}

/* Clusters under SG at any depth, checking that each holds its article
 * node and its assertions (article dN holds aK for K in PER (N-1) + 1 ..
 * PER N); the deepest nesting of plain subgraphs goes to *DEPTH. */
static guint
count_clusters (Agraph_t *sg, guint per, guint level, guint *depth)
{
  guint clusters = 0;
  for (Agraph_t *s = agfstsubg (sg); s; s = agnxtsubg (s))
    {
      const char *name = agnameof (s);
      if (g_str_has_prefix (name, "cluster_d"))
        {
          guint d = (guint) g_ascii_strtoull (name + strlen ("cluster_d"), NULL, 10);
          g_assert_nonnull (agnode (s, (char *) name + strlen ("cluster_"), FALSE));
          g_assert_cmpint (agnnodes (s), ==, (int) per + 1);
          for (guint k = 0; k < per; k++)
            {
              char *id = g_strdup_printf ("a%u", (d - 1) * per + k + 1);
              g_assert_nonnull (agnode (s, id, FALSE));
              g_free (id);
            }
          g_assert_null (agfstsubg (s));
          clusters++;
        }
      else if (g_str_has_prefix (name, "group_"))
        {
          /* Plain grouping subgraphs: no attribute of their own. */
          g_assert_cmpstr (agget (s, "label"), ==, "");
          *depth = MAX (*depth, level + 1);
          clusters += count_clusters (s, per, level + 1, depth);
        }
      else
        g_assert_cmpstr (name, ==, "cluster_legend");
    }
  return clusters;
}

/* N_ARTICLES articles of PER assertions each, exported as DOT: every
 * cluster is there, holding its own nodes, whatever the grouping; returns
 * the grouping depth. */
static CgCorpus *
clusters_corpus (guint n_articles, guint per)
{
  CgCorpus *c = cg_corpus_new ();
  for (guint d = 0; d < n_articles; d++)
    {
      CgArticle *a = cg_article_new ();
      a->id = g_strdup_printf ("d%u", d + 1);
      a->path = g_strdup_printf ("corpus/%u.txt", d + 1);
      g_ptr_array_add (c->articles, a);
      for (guint k = 0; k < per; k++)
        {
          CgAssertion *x = cg_assertion_new ();
          x->id = g_strdup_printf ("a%u", d * per + k + 1);
          x->article_id = g_strdup (a->id);
          x->text = g_strdup ("Yet, it might also prove to be the ultimate own goal.");
          g_ptr_array_add (c->assertions, x);
        }
    }
  return c;
}

static guint
check_many_clusters (guint n_articles, guint per)
{
  CgCorpus *c = clusters_corpus (n_articles, per);
  CgGraph *g = cg_graph_new (c);
  g_assert_cmpuint (cg_graph_n_nodes (g), ==, n_articles * (per + 1));
  gsize len;
  char *dot = export_string (g, CG_EXPORT_DOT, NULL, &len);
  Agraph_t *ag = agmemread (dot);
  g_assert_nonnull (ag);
  guint depth = 0;
  g_assert_cmpuint (count_clusters (ag, per, 0, &depth), ==, n_articles);
  g_assert_cmpint (agnnodes (ag), ==, (int) (n_articles * (per + 1)) + 1);
  g_assert_cmpint (agnedges (ag), ==, (int) (n_articles * per));
  agclose (ag);
  g_free (dot);
  cg_graph_free (g);
  cg_corpus_free (c);
  return depth;
}

/* ---- the two DOT writers ---------------------------------------------------
 * The graph as cgraph reads it back, one sorted line per root attribute
 * list, node, edge, subgraph (with its path and attributes) and subgraph
 * membership; every attribute as agget() sees it, defaults applied, so
 * two files that differ only in layout, order or which values are
 * declared once as defaults give the same text. */

static void
dump_attrs (GString *l, Agraph_t *root, void *obj, int kind)
{
  for (Agsym_t *sym = agnxtattr (root, kind, NULL); sym; sym = agnxtattr (root, kind, sym))
    {
      char *v = agxget (obj, sym);
      if (v && *v)
        g_string_append_printf (l, " %s=%s%s", sym->name, aghtmlstr (v) ? "html:" : "", v);
    }
}

static void
dump_subgraphs (GPtrArray *lines, Agraph_t *root, Agraph_t *g, const char *path)
{
  for (Agraph_t *s = agfstsubg (g); s; s = agnxtsubg (s))
    {
      char *p = g_strdup_printf ("%s/%s", path, agnameof (s));
      GString *l = g_string_new ("G ");
      g_string_append (l, p);
      dump_attrs (l, root, s, AGRAPH);
      g_ptr_array_add (lines, g_string_free (l, FALSE));
      for (Agnode_t *n = agfstnode (s); n; n = agnxtnode (s, n))
        g_ptr_array_add (lines, g_strdup_printf ("M %s %s", p, agnameof (n)));
      dump_subgraphs (lines, root, s, p);
      g_free (p);
    }
}

static int
cmp_lines (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static char *
dump_dot (const char *dot)
{
  Agraph_t *g = agmemread (dot);
  g_assert_nonnull (g);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GString *l = g_string_new ("R");
  dump_attrs (l, g, g, AGRAPH);
  g_ptr_array_add (lines, g_string_free (l, FALSE));
  for (Agnode_t *n = agfstnode (g); n; n = agnxtnode (g, n))
    {
      l = g_string_new ("N ");
      g_string_append (l, agnameof (n));
      dump_attrs (l, g, n, AGNODE);
      g_ptr_array_add (lines, g_string_free (l, FALSE));
      for (Agedge_t *e = agfstout (g, n); e; e = agnxtout (g, e))
        {
          l = g_string_new ("E ");
          g_string_append_printf (l, "%s %s", agnameof (agtail (e)), agnameof (aghead (e)));
          dump_attrs (l, g, e, AGEDGE);
          g_ptr_array_add (lines, g_string_free (l, FALSE));
        }
    }
  dump_subgraphs (lines, g, g, "");
  agclose (g);
  g_ptr_array_sort (lines, cmp_lines);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    {
      g_string_append (out, g_ptr_array_index (lines, i));
      g_string_append_c (out, '\n');
    }
  g_ptr_array_unref (lines);
  return g_string_free (out, FALSE);
}

static char *
export_dot_with (CgGraph *g, const CgGraphFilter *f, CgDotWriter writer)
{
  GError *error = NULL;
  CgSubgraph *sub = cg_graph_select (g, f, &error);
  g_assert_no_error (error);
  char *dir = cg_test_tmpdir ();
  char *path = g_build_filename (dir, "out.dot", NULL);
  g_assert_true (cg_subgraph_export_dot (g, sub, writer, path, &error));
  g_assert_no_error (error);
  char *data = NULL;
  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
  g_free (dir);
  cg_subgraph_free (sub);
  return data;
}

/* Both writers give the same graph for G under F; returns its dump. */
static char *
assert_writers_agree (CgGraph *g, const CgGraphFilter *f)
{
  char *built = export_dot_with (g, f, CG_DOT_CGRAPH);
  char *streamed = export_dot_with (g, f, CG_DOT_STREAM);
  char *a = dump_dot (built), *b = dump_dot (streamed);
  g_assert_cmpstr (a, ==, b);
  /* The streamed text is the smaller: one line per object. */
  g_assert_cmpuint (strlen (streamed), <, strlen (built));
  g_free (b);
  g_free (built);
  g_free (streamed);
  return a;
}

static void
test_dot_stream (void)
{
  /* The awkward texts, whole and around a focus (which keeps its claim
   * unfolded). */
  CgCorpus *c = nasty_corpus ();
  CgGraph *g = cg_graph_new (c);
  char *d = assert_writers_agree (g, NULL);
  g_assert_nonnull (strstr (d, "\nN a1 "));
  g_assert_nonnull (strstr (d, "\nG /cluster_d1 "));
  g_assert_nonnull (strstr (d, "\nM /cluster_d1 a1\n"));
  g_assert_nonnull (strstr (d, "label=html:<TABLE"));
  g_free (d);
  CgGraphFilter focus = { "c2", 1, NULL, NULL, NULL, NULL };
  d = assert_writers_agree (g, &focus);
  g_assert_nonnull (strstr (d, "\nN c2 "));
  g_free (d);
  cg_graph_free (g);
  cg_corpus_free (c);

  /* The seed corpus as the pipeline analyses it. */
  CgPipeline *p = cg_pipeline_new (cg_test_rules (), NULL);
  g_assert_nonnull (p);
  char *dir = cg_test_source ("examples/corpus");
  char *paths[] = { dir, NULL };
  GError *error = NULL;
  c = cg_pipeline_analyze (p, paths, 1, FALSE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g = cg_graph_new (c);
  g_assert_cmpuint (cg_graph_n_nodes (g), >, 100);
  d = assert_writers_agree (g, NULL);
  g_assert_nonnull (strstr (d, "\nG /cluster_d5 "));
  g_free (d);
  cg_graph_free (g);
  cg_corpus_free (c);
  cg_pipeline_free (p);
  g_free (dir);

  /* Every grouping of clusters: none, one level of groups, a tree. */
  static const guint shapes[][2] = { { 60, 2 }, { 200, 3 }, { 1100, 1 } };
  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      c = clusters_corpus (shapes[i][0], shapes[i][1]);
      g = cg_graph_new (c);
      d = assert_writers_agree (g, NULL);
      g_assert_nonnull (strstr (d, i == 0 ? "\nG /cluster_d60 " : i == 1 ? "\nG /group_0/cluster_d1 "
                                                                  : "\nG /group_3_0/group_2_0/group_1_0/cluster_d1 "));
      g_free (d);
      cg_graph_free (g);
      cg_corpus_free (c);
    }
}

/* Too large to lay out: a clear refusal, not minutes of silence; the data
 * formats have no limit. */
static void
test_large (void)
{
  CgCorpus *c = cg_corpus_new ();
  for (guint d = 0; d < 1001; d++)
    {
      CgArticle *a = cg_article_new ();
      a->id = g_strdup_printf ("d%u", d + 1);
      a->path = g_strdup_printf ("corpus/%u.txt", d + 1);
      g_ptr_array_add (c->articles, a);
      for (guint k = 0; k < 10; k++)
        {
          CgAssertion *x = cg_assertion_new ();
          x->id = g_strdup_printf ("a%u", d * 10 + k + 1);
          x->article_id = g_strdup (a->id);
          x->text = g_strdup ("Yet, it might also prove to be the ultimate own goal.");
          g_ptr_array_add (c->assertions, x);
        }
    }
  CgGraph *g = cg_graph_new (c);
  g_assert_cmpuint (cg_graph_n_nodes (g), ==, 11011);
  char *dir = cg_test_tmpdir ();
  char *path = g_build_filename (dir, "big.svg", NULL);
  GError *error = NULL;
  g_assert_false (cg_graph_export (g, CG_EXPORT_SVG, NULL, path, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_USAGE);
  g_assert_nonnull (strstr (error->message, "11011 nodes"));
  g_assert_nonnull (strstr (error->message, "--focus"));
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_free (path);
  g_rmdir (dir);
  g_free (dir);
  cg_graph_free (g);
  cg_corpus_free (c);
  /* DOT has no limit; its many clusters are grouped, each still a cluster:
   * at the top up to 64, in one level of groups up to 1,024, in a tree
   * of 16-way groups beyond (1,100 clusters: 3 levels). */
  g_assert_cmpuint (check_many_clusters (60, 2), ==, 0);
  g_assert_cmpuint (check_many_clusters (1001, 10), ==, 1);
  g_assert_cmpuint (check_many_clusters (1100, 1), ==, 3);
}

/* The seed corpus, analysed on the spot by the CLI: whatever the extractor
 * finds, the exports agree with each other and parse. */
static void
test_seed_corpus (void)
{
  char *corpus = cg_test_source ("examples/corpus");
  char *dir = cg_test_tmpdir ();
  char *dot_path = g_build_filename (dir, "seed.dot", NULL);
  char *out = NULL, *err = NULL;
  const char *dot_args[] = { "export", corpus, "--format", "dot", "-o", dot_path, NULL };
  int status = cg_test_run_cli (dot_args, &out, &err);
  if (status != 0)
    g_printerr ("claimgraph export failed:\n%s\n", err);
  g_assert_cmpint (status, ==, 0);
  g_free (out);
  g_free (err);
  const char *json_args[] = { "export", corpus, "--format", "json", NULL };
  status = cg_test_run_cli (json_args, &out, &err);
  if (status != 0)
    g_printerr ("claimgraph export failed:\n%s\n", err);
  g_assert_cmpint (status, ==, 0);
  JsonParser *p = json_parser_new ();
  g_assert_true (json_parser_load_from_data (p, out, -1, NULL));
  JsonObject *root = json_node_get_object (json_parser_get_root (p));
  JsonArray *nodes = json_object_get_array_member (root, "nodes");
  JsonArray *links = json_object_get_array_member (root, "links");
  guint articles = 0;
  GHashTable *said = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < json_array_get_length (links); i++)
    {
      JsonObject *l = json_array_get_object_element (links, i);
      if (strcmp (json_object_get_string_member (l, "kind"), "said_by") == 0)
        g_assert_true (g_hash_table_add (said, (gpointer) json_object_get_string_member (l, "source")));
    }
  for (guint i = 0; i < json_array_get_length (nodes); i++)
    {
      JsonObject *n = json_array_get_object_element (nodes, i);
      const char *kind = json_object_get_string_member (n, "kind");
      if (strcmp (kind, "article") == 0)
        articles++;
      /* Every assertion has exactly one said_by or is unattributed. */
      if (strcmp (kind, "assertion") == 0)
        g_assert_cmpint (g_hash_table_contains (said, json_object_get_string_member (n, "id")), ==,
                         !json_object_get_null_member (n, "speaker"));
    }
  g_assert_cmpuint (articles, ==, 5);
  g_hash_table_unref (said);
  g_object_unref (p);
  g_free (out);
  g_free (err);

  char *dot = NULL;
  g_assert_true (g_file_get_contents (dot_path, &dot, NULL, NULL));
  Agraph_t *ag = agmemread (dot);
  g_assert_nonnull (ag);
  guint clusters = 0;
  for (Agraph_t *sg = agfstsubg (ag); sg; sg = agnxtsubg (sg))
    clusters += g_str_has_prefix (agnameof (sg), "cluster_d");
  /* One cluster per article that carries an assertion (or all five). */
  g_assert_cmpuint (clusters, ==, articles);
  agclose (ag);
  g_free (dot);
  static const char *const dot_check[] = { "/usr/bin/dot", "-Tsvg", "-o", "/dev/null", NULL };
  g_assert_cmpint (run_tool (dot_check, dot_path, NULL, NULL), ==, 0);

  /* Bad filters are usage errors. */
  const char *bad_args[] = { "export", corpus, "--relation", "refutes", NULL };
  g_assert_cmpint (cg_test_run_cli (bad_args, &out, &err), !=, 0);
  g_assert_nonnull (strstr (err, "refutes"));
  g_free (out);
  g_free (err);
  g_unlink (dot_path);
  g_rmdir (dir);
  g_free (dot_path);
  g_free (dir);
  g_free (corpus);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export/dot", test_dot);
  g_test_add_func ("/export/dot-stream", test_dot_stream);
  g_test_add_func ("/export/json", test_json);
  g_test_add_func ("/export/graphml", test_graphml);
  g_test_add_func ("/export/changes", test_changes);
  g_test_add_func ("/export/render", test_render);
  g_test_add_func ("/export/output-errors", test_output_errors);
  g_test_add_func ("/export/large", test_large);
  g_test_add_func ("/export/seed-corpus", test_seed_corpus);
  return g_test_run ();
}
