/* hostile-corpus.h: a graph whose every string is one given text, shared
 * by the export fuzz target and its regression test (tests/test-badinput.c)
 * so both exercise the same graph. */
#ifndef CG_HOSTILE_CORPUS_H
#define CG_HOSTILE_CORPUS_H

#include "claimgraph.h"
#include <string.h>

/* The export target's graph: TEXT as every string of every record. */
static inline CgCorpus *
corpus_of_text (const char *text)
{
  CgCorpus *c = cg_corpus_new ();
  CgArticle *art = cg_article_new ();
  art->id = g_strdup ("d1");
  art->path = g_strdup ("fuzz.txt");
  art->title = g_strdup (text);
  art->outlet = g_strdup (text);
  art->raw = g_strdup (text);
  art->text = g_strdup (text);
  art->len = strlen (text);
  g_ptr_array_add (c->articles, art);
  CgSpeaker *sp = cg_speaker_new ();
  sp->id = g_strdup ("s1");
  sp->name = g_strdup (text);
  g_ptr_array_add (sp->aliases, g_strdup (text));
  g_ptr_array_add (c->speakers, sp);
  for (guint i = 0; i < 2; i++)
    {
      CgAssertion *a = cg_assertion_new ();
      a->id = g_strdup_printf ("a%u", i + 1);
      a->article_id = g_strdup ("d1");
      a->speaker_id = g_strdup ("s1");
      a->text = g_strdup (text);
      a->span = (CgSpan) { 0, (gint64) art->len };
      a->cue_text = g_strdup (text);
      a->cue = (CgSpan) { 0, (gint64) art->len };
      g_ptr_array_add (c->assertions, a);
    }
  CgLink *l = cg_link_new ();
  l->from = g_strdup ("a1");
  l->to = g_strdup ("a2");
  l->relation = CG_RELATION_CONTRADICTS;
  l->rule = g_strdup (text);
  l->evidence = g_strdup (text);
  g_ptr_array_add (c->links, l);
  CgClaim *cl = cg_claim_new ();
  cl->id = g_strdup ("c1");
  g_ptr_array_add (cl->assertions, g_strdup ("a1"));
  g_ptr_array_add (cl->assertions, g_strdup ("a2"));
  cl->verdict = CG_VERDICT_CONTESTED;
  g_ptr_array_add (c->claims, cl);
  return c;
}

#endif
