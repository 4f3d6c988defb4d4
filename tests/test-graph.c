/* test-graph.c: the provenance graph core on hand-built corpora: node and
 * edge construction, de-duplication, neighbours, focus and filters. */
#include "cg-test.h"

#include <string.h>

static CgArticle *
add_article (CgCorpus *c, const char *id, const char *path, const char *title, const char *author,
             const char *outlet, const char *date)
{
  CgArticle *a = cg_article_new ();
  a->id = g_strdup (id);
  a->path = g_strdup (path);
  a->title = g_strdup (title);
  a->author = g_strdup (author);
  a->outlet = g_strdup (outlet);
  a->date = g_strdup (date);
  g_ptr_array_add (c->articles, a);
  return a;
}

static CgSpeaker *
add_speaker (CgCorpus *c, const char *id, const char *name, CgSpeakerKind kind, const char *alias)
{
  CgSpeaker *s = cg_speaker_new ();
  s->id = g_strdup (id);
  s->name = g_strdup (name);
  s->kind = kind;
  if (alias)
    g_ptr_array_add (s->aliases, g_strdup (alias));
  g_ptr_array_add (c->speakers, s);
  return s;
}

static CgAssertion *
add_assertion (CgCorpus *c, const char *id, const char *article, CgAssertionKind kind, const char *text,
               const char *speaker)
{
  CgAssertion *a = cg_assertion_new ();
  a->id = g_strdup (id);
  a->article_id = g_strdup (article);
  a->kind = kind;
  a->text = g_strdup (text);
  a->speaker_id = g_strdup (speaker);
  g_ptr_array_add (c->assertions, a);
  return a;
}

static void
add_link (CgCorpus *c, const char *from, const char *to, CgRelation r, double score)
{
  CgLink *l = cg_link_new ();
  l->from = g_strdup (from);
  l->to = g_strdup (to);
  l->relation = r;
  l->score = score;
  l->rule = g_strdup_printf ("%s.test", cg_relation_name (r));
  g_ptr_array_add (c->links, l);
}

static void
add_claim (CgCorpus *c, const char *id, CgVerdict v, const char *m1, const char *m2)
{
  CgClaim *cl = cg_claim_new ();
  cl->id = g_strdup (id);
  cl->verdict = v;
  g_ptr_array_add (cl->assertions, g_strdup (m1));
  if (m2)
    g_ptr_array_add (cl->assertions, g_strdup (m2));
  g_ptr_array_add (c->claims, cl);
}

/* Two articles, five speakers, six assertions (one unattributed), links
 * with a reversed duplicate, a self link and a dangling one, three claims.
 * Records are appended out of id order on purpose. */
static CgCorpus *
sample_corpus (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d2", "examples/corpus/000_c3594d0c15096988.txt", "The Dark Alliance of Putin and Trump",
               "Michael Harris", "The Tyee", "2025-03-20");
  add_article (c, "d1", "examples/corpus/002_949dcb43ef4cc554.txt",
               "Trump’s long-standing infatuation with Putin is about to meet its ultimate test",
               "Sam Kiley", "The Independent", NULL);
  add_speaker (c, "s1", "Donald Trump", CG_SPEAKER_PERSON, "Trump");
  add_speaker (c, "s2", "Michael Harris", CG_SPEAKER_AUTHOR, NULL);
  add_speaker (c, "s3", "Sam Kiley", CG_SPEAKER_AUTHOR, NULL);
  add_speaker (c, "s4", "Vladimir Putin", CG_SPEAKER_PERSON, "Putin");
  add_speaker (c, "s5", "a senior official", CG_SPEAKER_ANONYMOUS, NULL);
  add_assertion (c, "a1", "d1", CG_KIND_DIRECT, "We have the confines of a deal, I believe,", "s1");
  add_assertion (c, "a2", "d1", CG_KIND_DIRECT, "Let me tell you, Putin went through a hell of a lot with me,", "s1");
  add_assertion (c, "a3", "d1", CG_KIND_AUTHOR,
                 "One hundred days of the second Trump era dawns amid vast uncertainty", "s3");
  add_assertion (c, "a5", "d2", CG_KIND_AUTHOR, "The Kremlin has backed the president for years.", "s2");
  add_assertion (c, "a4", "d2", CG_KIND_INDIRECT, "they have the confines of a deal", "s1");
  add_assertion (c, "a6", "d2", CG_KIND_DIRECT, "you never should have started it", NULL);
  add_link (c, "a1", "a4", CG_RELATION_SAME_AS, 0.90);
  add_link (c, "a4", "a1", CG_RELATION_SAME_AS, 0.95);
  add_link (c, "a5", "a3", CG_RELATION_CONTRADICTS, 0.70);
  add_link (c, "a2", "a5", CG_RELATION_SUPPORTS, 0.60);
  add_link (c, "a1", "a2", CG_RELATION_QUOTES, 0.80);
  add_link (c, "a1", "a4", CG_RELATION_SUPPORTS, 0.85);
  add_link (c, "a1", "a1", CG_RELATION_SAME_AS, 1.0);
  add_link (c, "a1", "a99", CG_RELATION_SAME_AS, 1.0);
  add_claim (c, "c2", CG_VERDICT_CONTESTED, "a3", "a5");
  add_claim (c, "c1", CG_VERDICT_CORROBORATED, "a1", "a4");
  add_claim (c, "c3", CG_VERDICT_SINGLE_SOURCE, "a2", NULL);
  return c;
}

static guint
node (CgGraph *g, const char *id)
{
  gint n = cg_graph_lookup (g, id);
  g_assert_cmpint (n, >=, 0);
  return (guint) n;
}

/* The edge FROM -KIND-> TO, or -1. */
static gint
find_edge (CgGraph *g, const char *from, const char *to, CgEdgeKind kind)
{
  guint f = node (g, from), t = node (g, to);
  for (guint e = 0; e < cg_graph_n_edges (g); e++)
    {
      guint ef, et;
      CgEdgeKind ek;
      cg_graph_edge (g, e, &ef, &et, &ek, NULL);
      if (ef == f && et == t && ek == kind)
        return (gint) e;
    }
  return -1;
}

static void
test_build (void)
{
  CgCorpus *c = sample_corpus ();
  CgGraph *g = cg_graph_new (c);
  g_assert_cmpuint (cg_graph_n_nodes (g), ==, 16);
  /* 5 said_by + 6 carried_by + 2 written_by + 5 links + 5 member_of. */
  g_assert_cmpuint (cg_graph_n_edges (g), ==, 23);

  static const char *const order[] = {
    "d1", "d2", "s1", "s2", "s3", "s4", "s5", "a1", "a2", "a3", "a4", "a5", "a6", "c1", "c2", "c3",
  };
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    g_assert_cmpstr (cg_graph_node_id (g, i), ==, order[i]);
  g_assert_cmpint (cg_graph_node_kind (g, node (g, "d2")), ==, CG_NODE_ARTICLE);
  g_assert_cmpint (cg_graph_node_kind (g, node (g, "s5")), ==, CG_NODE_SPEAKER);
  g_assert_cmpint (cg_graph_node_kind (g, node (g, "a6")), ==, CG_NODE_ASSERTION);
  g_assert_cmpint (cg_graph_node_kind (g, node (g, "c3")), ==, CG_NODE_CLAIM);
  g_assert_cmpint (cg_graph_lookup (g, "a99"), ==, -1);
  CgAssertion *a5 = cg_graph_node_record (g, node (g, "a5"));
  g_assert_cmpstr (a5->text, ==, "The Kremlin has backed the president for years.");

  g_assert_cmpint (find_edge (g, "a1", "s1", CG_EDGE_SAID_BY), >=, 0);
  g_assert_cmpint (find_edge (g, "a4", "d2", CG_EDGE_CARRIED_BY), >=, 0);
  g_assert_cmpint (find_edge (g, "d1", "s3", CG_EDGE_WRITTEN_BY), >=, 0);
  g_assert_cmpint (find_edge (g, "d2", "s2", CG_EDGE_WRITTEN_BY), >=, 0);
  g_assert_cmpint (find_edge (g, "a3", "c2", CG_EDGE_MEMBER_OF), >=, 0);
  g_assert_cmpint (find_edge (g, "a2", "a5", CG_EDGE_SUPPORTS), >=, 0);
  g_assert_cmpint (find_edge (g, "a1", "a2", CG_EDGE_QUOTES), >=, 0);
  /* A symmetric relation has one canonical direction. */
  g_assert_cmpint (find_edge (g, "a3", "a5", CG_EDGE_CONTRADICTS), >=, 0);
  g_assert_cmpint (find_edge (g, "a5", "a3", CG_EDGE_CONTRADICTS), ==, -1);
  /* The unattributed assertion has no said_by edge. */
  GArray *none = cg_graph_neighbours (g, node (g, "a6"), CG_EDGE_MASK (CG_EDGE_SAID_BY), CG_DIR_OUT);
  g_assert_cmpuint (none->len, ==, 0);
  g_array_unref (none);

  /* a1->a4 and a4->a1 same_as are one edge, holding the better link. */
  gint same = find_edge (g, "a1", "a4", CG_EDGE_SAME_AS);
  g_assert_cmpint (same, >=, 0);
  g_assert_cmpint (find_edge (g, "a4", "a1", CG_EDGE_SAME_AS), ==, -1);
  CgLink *link;
  cg_graph_edge (g, (guint) same, NULL, NULL, NULL, &link);
  g_assert_nonnull (link);
  g_assert_cmpfloat (link->score, ==, 0.95);
  /* Another relation between the same pair stays a distinct edge. */
  g_assert_cmpint (find_edge (g, "a1", "a4", CG_EDGE_SUPPORTS), >=, 0);
  cg_graph_edge (g, (guint) find_edge (g, "a1", "s1", CG_EDGE_SAID_BY), NULL, NULL, NULL, &link);
  g_assert_null (link);

  /* No two edges with the same ends and kind; edges sorted. */
  for (guint e = 1; e < cg_graph_n_edges (g); e++)
    {
      guint f0, t0, f1, t1;
      CgEdgeKind k0, k1;
      cg_graph_edge (g, e - 1, &f0, &t0, &k0, NULL);
      cg_graph_edge (g, e, &f1, &t1, &k1, NULL);
      g_assert_true (f0 < f1 || (f0 == f1 && (t0 < t1 || (t0 == t1 && k0 < k1))));
      g_assert_cmpuint (f1, !=, t1);
    }
  cg_graph_free (g);
  cg_corpus_free (c);
}

static char *
ids_of (CgGraph *g, GArray *nodes)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < nodes->len; i++)
    g_string_append_printf (s, "%s%s", i ? " " : "", cg_graph_node_id (g, g_array_index (nodes, guint, i)));
  return g_string_free (s, FALSE);
}

static void
check_neighbours (CgGraph *g, const char *id, guint kinds, CgDirection dir, const char *want)
{
  GArray *n = cg_graph_neighbours (g, node (g, id), kinds, dir);
  char *got = ids_of (g, n);
  g_assert_cmpstr (got, ==, want);
  g_free (got);
  g_array_unref (n);
}

static void
test_neighbours (void)
{
  CgCorpus *c = sample_corpus ();
  CgGraph *g = cg_graph_new (c);
  guint links = CG_EDGE_MASK (CG_EDGE_SAME_AS) | CG_EDGE_MASK (CG_EDGE_SUPPORTS)
                | CG_EDGE_MASK (CG_EDGE_CONTRADICTS) | CG_EDGE_MASK (CG_EDGE_QUOTES);
  check_neighbours (g, "a1", CG_EDGE_MASK (CG_EDGE_SAID_BY), CG_DIR_OUT, "s1");
  check_neighbours (g, "s1", CG_EDGE_MASK (CG_EDGE_SAID_BY), CG_DIR_IN, "a1 a2 a4");
  check_neighbours (g, "s1", CG_EDGE_MASK (CG_EDGE_SAID_BY), CG_DIR_OUT, "");
  /* a4 is joined to a1 twice (same_as, supports) but listed once. */
  check_neighbours (g, "a1", links, CG_DIR_BOTH, "a2 a4");
  check_neighbours (g, "a5", links, CG_DIR_IN, "a2 a3");
  check_neighbours (g, "a5", CG_EDGE_MASK (CG_EDGE_CONTRADICTS), CG_DIR_BOTH, "a3");
  check_neighbours (g, "d1", CG_EDGE_MASK_ALL, CG_DIR_BOTH, "s3 a1 a2 a3");
  check_neighbours (g, "c1", CG_EDGE_MASK (CG_EDGE_MEMBER_OF), CG_DIR_IN, "a1 a4");
  cg_graph_free (g);
  cg_corpus_free (c);
}

/* The ids of the selected nodes, in node order. */
static char *
selected (CgGraph *g, const CgGraphFilter *f)
{
  GError *error = NULL;
  CgSubgraph *sub = cg_graph_select (g, f, &error);
  g_assert_no_error (error);
  GString *s = g_string_new (NULL);
  guint count = 0;
  for (guint n = 0; n < cg_graph_n_nodes (g); n++)
    if (cg_subgraph_has_node (sub, n))
      {
        g_string_append_printf (s, "%s%s", s->len ? " " : "", cg_graph_node_id (g, n));
        count++;
      }
  g_assert_cmpuint (count, ==, cg_subgraph_n_nodes (sub));
  /* Every kept edge joins two kept nodes. */
  guint edges = 0;
  for (guint e = 0; e < cg_graph_n_edges (g); e++)
    if (cg_subgraph_has_edge (sub, e))
      {
        guint from, to;
        cg_graph_edge (g, e, &from, &to, NULL, NULL);
        g_assert_true (cg_subgraph_has_node (sub, from) && cg_subgraph_has_node (sub, to));
        edges++;
      }
  g_assert_cmpuint (edges, ==, cg_subgraph_n_edges (sub));
  cg_subgraph_free (sub);
  return g_string_free (s, FALSE);
}

static void
check_selected (CgGraph *g, CgGraphFilter f, const char *want)
{
  char *got = selected (g, &f);
  g_assert_cmpstr (got, ==, want);
  g_free (got);
}

static guint
selected_edges (CgGraph *g, CgGraphFilter f)
{
  CgSubgraph *sub = cg_graph_select (g, &f, NULL);
  g_assert_nonnull (sub);
  guint n = cg_subgraph_n_edges (sub);
  cg_subgraph_free (sub);
  return n;
}

static void
test_focus (void)
{
  CgCorpus *c = sample_corpus ();
  CgGraph *g = cg_graph_new (c);
  check_selected (g, (CgGraphFilter) { .focus = "a1", .depth = 0 }, "a1");
  g_assert_cmpuint (selected_edges (g, (CgGraphFilter) { .focus = "a1", .depth = 0 }), ==, 0);
  check_selected (g, (CgGraphFilter) { .focus = "a1", .depth = 1 }, "d1 s1 a1 a2 a4 c1");
  /* The induced subgraph: a1's six edges (same_as and supports to a4 are
   * two) plus a2-s1, a2-d1, a4-s1, a4-c1. */
  g_assert_cmpuint (selected_edges (g, (CgGraphFilter) { .focus = "a1", .depth = 1 }), ==, 10);
  check_selected (g, (CgGraphFilter) { .focus = "a1", .depth = 2 }, "d1 d2 s1 s3 a1 a2 a3 a4 a5 c1 c3");
  /* Walks follow edges against their direction too: from a speaker. */
  check_selected (g, (CgGraphFilter) { .focus = "s1", .depth = 1 }, "s1 a1 a2 a4");
  check_selected (g, (CgGraphFilter) { .focus = "s4", .depth = 3 }, "s4");
  /* Focus within a relation filter walks only those edges. */
  check_selected (g, (CgGraphFilter) { .focus = "a2", .depth = 5, .relations = "supports,contradicts" }, "a2 a3 a5");

  GError *error = NULL;
  CgGraphFilter missing = { .focus = "a42", .depth = 1 };
  g_assert_null (cg_graph_select (g, &missing, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "a42"));
  g_clear_error (&error);
  CgGraphFilter excluded = { .focus = "a4", .depth = 1, .article = "d1" };
  g_assert_null (cg_graph_select (g, &excluded, &error));
  g_assert_error (error, CG_ERROR, CG_ERROR_USAGE);
  g_clear_error (&error);
  cg_graph_free (g);
  cg_corpus_free (c);
}

static void
test_filters (void)
{
  CgCorpus *c = sample_corpus ();
  CgGraph *g = cg_graph_new (c);
  check_selected (g, (CgGraphFilter) { .depth = 2 }, "d1 d2 s1 s2 s3 s4 s5 a1 a2 a3 a4 a5 a6 c1 c2 c3");
  /* An article by id or path: its assertions, their speakers and claims,
   * and its byline. */
  check_selected (g, (CgGraphFilter) { .depth = 2, .article = "d1" }, "d1 s1 s3 a1 a2 a3 c1 c2 c3");
  check_selected (g, (CgGraphFilter) { .depth = 2, .article = "examples/corpus/000_c3594d0c15096988.txt" },
                  "d2 s1 s2 a4 a5 a6 c1 c2");
  /* A speaker by id, name or alias, any case. */
  check_selected (g, (CgGraphFilter) { .depth = 2, .speaker = "TRUMP" }, "d1 d2 s1 s2 s3 a1 a2 a4 c1 c3");
  check_selected (g, (CgGraphFilter) { .depth = 2, .speaker = "s2" }, "d2 s2 a5 c2");
  check_selected (g, (CgGraphFilter) { .depth = 2, .speaker = "Donald Trump", .article = "d2" },
                  "d2 s1 s2 a4 c1");
  /* Edge kinds: only the nodes they join. */
  check_selected (g, (CgGraphFilter) { .depth = 2, .relations = "contradicts" }, "a3 a5");
  g_assert_cmpuint (selected_edges (g, (CgGraphFilter) { .depth = 2, .relations = "contradicts" }), ==, 1);
  check_selected (g, (CgGraphFilter) { .depth = 2, .relations = "said_by, written_by" },
                  "d1 d2 s1 s2 s3 a1 a2 a3 a4 a5");
  /* A verdict: its claims and their members, with what they touch. */
  check_selected (g, (CgGraphFilter) { .depth = 2, .verdict = "contested" }, "d1 d2 s2 s3 a3 a5 c2");
  g_assert_cmpuint (selected_edges (g, (CgGraphFilter) { .depth = 2, .verdict = "contested" }), ==, 9);
  check_selected (g, (CgGraphFilter) { .depth = 2, .verdict = "contradicted" }, "");

  static const struct { CgGraphFilter f; int code; const char *needle; } bad[] = {
    { { .depth = 2, .relations = "supports,refutes" }, CG_ERROR_USAGE, "refutes" },
    { { .depth = 2, .verdict = "true" }, CG_ERROR_USAGE, "true" },
    { { .depth = 2, .speaker = "Nobody Known" }, CG_ERROR_NOT_FOUND, "Nobody Known" },
    { { .depth = 2, .article = "d9" }, CG_ERROR_NOT_FOUND, "d9" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      GError *error = NULL;
      g_assert_null (cg_graph_select (g, &bad[i].f, &error));
      g_assert_error (error, CG_ERROR, bad[i].code);
      g_assert_nonnull (strstr (error->message, bad[i].needle));
      g_error_free (error);
    }
  cg_graph_free (g);
  cg_corpus_free (c);
}

static void
test_natural_order (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "x.txt", NULL, NULL, NULL, NULL);
  static const char *const ids[] = { "a10", "a2", "a1", "a100", "a9" };
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    add_assertion (c, ids[i], "d1", CG_KIND_AUTHOR, "Yet, it might also prove to be the ultimate own goal.", NULL);
  /* A record without an id cannot be referenced: no node. */
  add_assertion (c, NULL, "d1", CG_KIND_AUTHOR, "no id", NULL);
  CgGraph *g = cg_graph_new (c);
  g_assert_cmpuint (cg_graph_n_nodes (g), ==, 6);
  static const char *const want[] = { "d1", "a1", "a2", "a9", "a10", "a100" };
  for (guint i = 0; i < G_N_ELEMENTS (want); i++)
    g_assert_cmpstr (cg_graph_node_id (g, i), ==, want[i]);
  g_assert_cmpuint (cg_graph_n_edges (g), ==, 5);
  cg_graph_free (g);
  cg_corpus_free (c);
}

/* A hub with more out-edges than the per-tail insertion sort takes, made
 * in scrambled order with duplicates: sorted, each (ends, kind) once, the
 * duplicate keeping its best-scored link. */
static void
test_hub_edges (void)
{
  CgCorpus *c = cg_corpus_new ();
  add_article (c, "d1", "x.txt", NULL, NULL, NULL, NULL);
  char id[16];
  for (guint i = 1; i <= 40; i++)
    {
      g_snprintf (id, sizeof id, "a%u", i);
      add_assertion (c, id, "d1", CG_KIND_AUTHOR, "Yet, it might also prove to be the ultimate own goal.", NULL);
    }
  for (guint k = 0; k < 39; k++)
    {
      g_snprintf (id, sizeof id, "a%u", 2 + (k * 17) % 39);
      add_link (c, "a1", id, k % 2 ? CG_RELATION_SUPPORTS : CG_RELATION_SAME_AS, 0.5);
    }
  add_link (c, "a1", "a7", CG_RELATION_SAME_AS, 0.9);
  add_link (c, "a1", "a7", CG_RELATION_SAME_AS, 0.2);
  CgGraph *g = cg_graph_new (c);
  /* 40 carried_by; 39 links from a1 plus one same_as to a7 (which it
   * also supports), made twice. */
  g_assert_cmpuint (cg_graph_n_edges (g), ==, 80);
  g_assert_cmpint (find_edge (g, "a1", "a7", CG_EDGE_SUPPORTS), >=, 0);
  for (guint e = 1; e < cg_graph_n_edges (g); e++)
    {
      guint f0, t0, f1, t1;
      CgEdgeKind k0, k1;
      cg_graph_edge (g, e - 1, &f0, &t0, &k0, NULL);
      cg_graph_edge (g, e, &f1, &t1, &k1, NULL);
      g_assert_true (f0 < f1 || (f0 == f1 && (t0 < t1 || (t0 == t1 && k0 < k1))));
    }
  CgLink *link = NULL;
  gint e = find_edge (g, "a1", "a7", CG_EDGE_SAME_AS);
  g_assert_cmpint (e, >=, 0);
  cg_graph_edge (g, (guint) e, NULL, NULL, NULL, &link);
  g_assert_cmpfloat (link->score, ==, 0.9);
  cg_graph_free (g);
  cg_corpus_free (c);
}

static void
test_empty (void)
{
  CgCorpus *c = cg_corpus_new ();
  CgGraph *g = cg_graph_new (c);
  g_assert_cmpuint (cg_graph_n_nodes (g), ==, 0);
  g_assert_cmpuint (cg_graph_n_edges (g), ==, 0);
  check_selected (g, (CgGraphFilter) { .depth = 2 }, "");
  cg_graph_free (g);
  cg_corpus_free (c);
}

static void
test_format_names (void)
{
  CgExportFormat f;
  g_assert_true (cg_export_format_from_name ("graphml", &f));
  g_assert_cmpint (f, ==, CG_EXPORT_GRAPHML);
  g_assert_true (cg_export_format_from_name ("PNG", &f));
  g_assert_cmpint (f, ==, CG_EXPORT_PNG);
  g_assert_true (cg_export_format_from_name ("json", &f));
  g_assert_cmpint (f, ==, CG_EXPORT_JSON);
  g_assert_false (cg_export_format_from_name ("pdf", &f));
  g_assert_false (cg_export_format_from_name (NULL, &f));
  CgEdgeKind k;
  g_assert_true (cg_edge_kind_from_name ("member_of", &k));
  g_assert_cmpint (k, ==, CG_EDGE_MEMBER_OF);
  g_assert_cmpstr (cg_edge_kind_name (CG_EDGE_WRITTEN_BY), ==, "written_by");
  g_assert_false (cg_edge_kind_from_name ("refutes", &k));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/graph/build", test_build);
  g_test_add_func ("/graph/neighbours", test_neighbours);
  g_test_add_func ("/graph/focus", test_focus);
  g_test_add_func ("/graph/filters", test_filters);
  g_test_add_func ("/graph/natural-order", test_natural_order);
  g_test_add_func ("/graph/hub-edges", test_hub_edges);
  g_test_add_func ("/graph/empty", test_empty);
  g_test_add_func ("/graph/format-names", test_format_names);
  return g_test_run ();
}
