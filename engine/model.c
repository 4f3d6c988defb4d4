/* model.c: constructors, destructors and enum names for the records of
 * cg-model.h.  Nothing here knows about text; it only owns memory. */
#include "cg-model.h"

#include <string.h>

G_DEFINE_QUARK (claimgraph-error-quark, cg_error)

CgArticle *
cg_article_new (void)
{
  CgArticle *a = g_new0 (CgArticle, 1);
  a->boilerplate = g_array_new (FALSE, FALSE, sizeof (CgSpan));
  return a;
}

void
cg_article_free (CgArticle *a)
{
  if (a == NULL)
    return;
  g_free (a->id);
  g_free (a->path);
  g_free (a->sha256);
  g_free (a->raw);
  g_free (a->text);
  g_free (a->title);
  g_free (a->author);
  g_free (a->outlet);
  g_free (a->date);
  g_free (a->wire);
  g_array_unref (a->boilerplate);
  g_free (a);
}

CgSegments *
cg_segments_new (void)
{
  CgSegments *s = g_new0 (CgSegments, 1);
  s->paragraphs = g_array_new (FALSE, FALSE, sizeof (CgParagraph));
  s->sentences = g_array_new (FALSE, FALSE, sizeof (CgSentence));
  s->quotes = g_array_new (FALSE, FALSE, sizeof (CgQuote));
  return s;
}

void
cg_segments_free (CgSegments *s)
{
  if (s == NULL)
    return;
  g_array_unref (s->paragraphs);
  g_array_unref (s->sentences);
  g_array_unref (s->quotes);
  g_free (s);
}

/* cg-model.h: the fields ordered so that nothing pads (there is one
 * record for every assertion an ingest keeps). */
G_STATIC_ASSERT (sizeof (CgAssertion) == 144);

CgAssertion *
cg_assertion_new (void)
{
  /* g_new and a compound literal rather than g_new0: calloc's clearing
   * cost more than the stores (the extractor makes one per assertion) */
  CgAssertion *a = g_new (CgAssertion, 1);
  *a = (CgAssertion) { .span = CG_SPAN_NONE, .cue = CG_SPAN_NONE, .source = CG_SPAN_NONE,
                       .source_ref = CG_SPAN_NONE, .certainty = CG_CERTAINTY_CERTAIN,
                       .polarity = CG_POLARITY_POSITIVE, .stance = CG_STANCE_NEUTRAL };
  return a;
}

CgAssertion *
cg_assertion_new_packed (gsize text_room)
{
  /* The article id and rule are not in the block: the pipeline replaces
   * the one and the rule is interned, and bytes in the block cannot be
   * given back while the record lives (a kept assertion lives to the end
   * of an ingest). */
  gsize room = MAX (text_room, 1);
  /* (the reader's articles are far below 4 GB: a text that big has a
   * block of its own) */
  guint32 packed = room <= G_MAXUINT32 ? (guint32) room : 0;
  CgAssertion *a = g_malloc (sizeof (CgAssertion) + packed);
  *a = (CgAssertion) { .span = CG_SPAN_NONE, .cue = CG_SPAN_NONE, .source = CG_SPAN_NONE,
                       .source_ref = CG_SPAN_NONE, .certainty = CG_CERTAINTY_CERTAIN,
                       .polarity = CG_POLARITY_POSITIVE, .stance = CG_STANCE_NEUTRAL, .packed = packed };
  a->text = packed ? (char *) (a + 1) : g_malloc (room);
  a->text[0] = '\0';
  return a;
}

/* Whether S is a string of A's own block. */
static gboolean
in_block (const CgAssertion *a, const char *s)
{
  /* (as integers: S may be any string) */
  guintptr b = (guintptr) (a + 1), p = (guintptr) s;
  return p >= b && p < b + a->packed;
}

/* g_free (S) unless S is in A's block. */
static void
free_string (const CgAssertion *a, char *s)
{
  if (!in_block (a, s))
    g_free (s);
}

void
cg_assertion_set_string (CgAssertion *a, char **field, char *value)
{
  free_string (a, *field);
  *field = value;
}

void
cg_assertion_free (CgAssertion *a)
{
  if (a == NULL)
    return;
  free_string (a, a->id);
  free_string (a, a->article_id);
  free_string (a, a->text);
  free_string (a, a->cue_text);
  free_string (a, a->source_text);
  free_string (a, a->speaker_id);
  g_free (a);
}

CgSpeaker *
cg_speaker_new (void)
{
  CgSpeaker *s = g_new0 (CgSpeaker, 1);
  s->aliases = g_ptr_array_new_with_free_func (g_free);
  s->roles = g_ptr_array_new_with_free_func (g_free);
  return s;
}

void
cg_speaker_free (CgSpeaker *s)
{
  if (s == NULL)
    return;
  g_free (s->id);
  g_free (s->name);
  g_ptr_array_unref (s->aliases);
  g_ptr_array_unref (s->roles);
  g_free (s);
}

CgLink *
cg_link_new (void)
{
  return g_new0 (CgLink, 1);
}

void
cg_link_free (CgLink *l)
{
  if (l == NULL)
    return;
  g_free (l->from);
  g_free (l->to);
  g_free (l->rule);
  g_free (l->evidence);
  g_free (l);
}

CgClaim *
cg_claim_new (void)
{
  CgClaim *c = g_new0 (CgClaim, 1);
  c->assertions = g_ptr_array_new_with_free_func (g_free);
  c->supporters = g_ptr_array_new_with_free_func (g_free);
  c->contradictors = g_ptr_array_new_with_free_func (g_free);
  return c;
}

void
cg_claim_free (CgClaim *c)
{
  if (c == NULL)
    return;
  g_free (c->id);
  g_ptr_array_unref (c->assertions);
  g_ptr_array_unref (c->supporters);
  g_ptr_array_unref (c->contradictors);
  g_free (c);
}

/* The id indexes live beside the public struct so CgCorpus stays plain. */
typedef struct {
  CgCorpus    pub;
  GHashTable *articles;
  GHashTable *assertions;
  GHashTable *speakers;
  guint       n_articles, n_assertions, n_speakers; /* sizes when indexed */
} CgCorpusPriv;

CgCorpus *
cg_corpus_new (void)
{
  CgCorpusPriv *p = g_new0 (CgCorpusPriv, 1);
  p->pub.articles = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_article_free);
  p->pub.assertions = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_assertion_free);
  p->pub.speakers = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_speaker_free);
  p->pub.links = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_link_free);
  p->pub.claims = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_claim_free);
  return &p->pub;
}

void
cg_corpus_free (CgCorpus *corpus)
{
  CgCorpusPriv *p = (CgCorpusPriv *) corpus;
  if (corpus == NULL)
    return;
  g_ptr_array_unref (corpus->articles);
  g_ptr_array_unref (corpus->assertions);
  g_ptr_array_unref (corpus->speakers);
  g_ptr_array_unref (corpus->links);
  g_ptr_array_unref (corpus->claims);
  if (p->articles)
    g_hash_table_unref (p->articles);
  if (p->assertions)
    g_hash_table_unref (p->assertions);
  if (p->speakers)
    g_hash_table_unref (p->speakers);
  g_free (p);
}

/* Rebuild an index when the array grew since it was built: records are
 * only appended, so the size tells whether the index is stale. */
static gpointer
lookup (GHashTable **index, guint *indexed, GPtrArray *array, gsize id_offset, const char *id)
{
  if (id == NULL)
    return NULL;
  if (*index == NULL || *indexed != array->len)
    {
      if (*index)
        g_hash_table_unref (*index);
      *index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < array->len; i++)
        {
          gpointer rec = g_ptr_array_index (array, i);
          const char *rid = G_STRUCT_MEMBER (const char *, rec, id_offset);
          if (rid)
            g_hash_table_insert (*index, (gpointer) rid, rec);
        }
      *indexed = array->len;
    }
  return g_hash_table_lookup (*index, id);
}

CgArticle *
cg_corpus_article (CgCorpus *corpus, const char *id)
{
  CgCorpusPriv *p = (CgCorpusPriv *) corpus;
  return lookup (&p->articles, &p->n_articles, corpus->articles, G_STRUCT_OFFSET (CgArticle, id), id);
}

CgAssertion *
cg_corpus_assertion (CgCorpus *corpus, const char *id)
{
  CgCorpusPriv *p = (CgCorpusPriv *) corpus;
  return lookup (&p->assertions, &p->n_assertions, corpus->assertions, G_STRUCT_OFFSET (CgAssertion, id), id);
}

CgSpeaker *
cg_corpus_speaker (CgCorpus *corpus, const char *id)
{
  CgCorpusPriv *p = (CgCorpusPriv *) corpus;
  return lookup (&p->speakers, &p->n_speakers, corpus->speakers, G_STRUCT_OFFSET (CgSpeaker, id), id);
}

CgAssertion *
cg_corpus_claim_first (CgCorpus *corpus, const CgClaim *claim)
{
  CgAssertion *first = NULL;
  const char *first_date = NULL;
  for (guint i = 0; i < claim->assertions->len; i++)
    {
      CgAssertion *a = cg_corpus_assertion (corpus, g_ptr_array_index (claim->assertions, i));
      CgArticle *art = a ? cg_corpus_article (corpus, a->article_id) : NULL;
      /* yyyy-mm-dd sorts as text */
      if (art && art->date && (first_date == NULL || strcmp (art->date, first_date) < 0))
        {
          first = a;
          first_date = art->date;
        }
    }
  return first;
}

/* ---- enum names ---- */

static const char *const kind_names[] = { "direct", "indirect", "mixed", "author", NULL };
static const char *const certainty_names[] = { "certain", "probable", "possible", "unknown", NULL };
static const char *const polarity_names[] = { "positive", "negative", NULL };
static const char *const stance_names[] = { "neutral", "endorses", "disputes", NULL };
static const char *const speaker_kind_names[] = { "person", "organization", "document", "anonymous", "author", NULL };
static const char *const relation_names[] = { "same_as", "supports", "contradicts", "quotes", "changes", NULL };
static const char *const verdict_names[] = { "corroborated", "single-source", "contested", "contradicted", NULL };

static gboolean
from_name (const char *const *names, const char *name, int *out)
{
  for (int i = 0; name && names[i]; i++)
    if (strcmp (names[i], name) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

#define NAME_FUNCS(fn, Type, names)                                   \
  const char *cg_##fn##_name (Type v)                                 \
  {                                                                   \
    return ((guint) v < G_N_ELEMENTS (names) - 1) ? names[v] : "?";   \
  }                                                                   \
  gboolean cg_##fn##_from_name (const char *name, Type *out)          \
  {                                                                   \
    int v;                                                            \
    if (!from_name (names, name, &v))                                 \
      return FALSE;                                                   \
    *out = (Type) v;                                                  \
    return TRUE;                                                      \
  }

NAME_FUNCS (kind, CgAssertionKind, kind_names)
NAME_FUNCS (certainty, CgCertainty, certainty_names)
NAME_FUNCS (polarity, CgPolarity, polarity_names)
NAME_FUNCS (stance, CgStance, stance_names)
NAME_FUNCS (speaker_kind, CgSpeakerKind, speaker_kind_names)
NAME_FUNCS (relation, CgRelation, relation_names)
NAME_FUNCS (verdict, CgVerdict, verdict_names)
