/* score.c: claims and corroboration verdicts (see cg-score.h).
 *
 * A claim is a cluster (union-find) of assertions joined by same_as,
 * supports and quotes links.  Its supporters are the SPEAKERS of its
 * members, not the carriers: five outlets printing one quote attest that
 * it was said, and count as one supporter.  Copies count once: a quote of
 * a quote counts as its origin's speaker, and the author claims of
 * near-duplicate articles (wire copy, detected from the share of their
 * assertions linked same_as) count as one carrier.  Within a claim, the
 * author claims of one outlet count once: an outlet's boilerplate, or its
 * reporters reusing their own paragraph under other bylines, is one voice.
 * (Per claim, not by joining carriers: joining outlets through wire copies
 * would chain most of a corpus into one carrier.)
 */
#include "cg-score.h"

#include <stdio.h>
#include <string.h>

static guint
uf_find (guint *parent, guint x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
  return x;
}

/* The smaller index stays root, so a cluster's root is its first member. */
static void
uf_union (guint *parent, guint a, guint b)
{
  a = uf_find (parent, a);
  b = uf_find (parent, b);
  if (a < b)
    parent[b] = a;
  else if (b < a)
    parent[a] = b;
}

static gboolean
is_refuted_by_carrier (CgAssertion *a)
{
  return a->stance == CG_STANCE_DISPUTES;
}

/* "c<N>" as g_strdup_printf ("c%u", N) writes it, without the format
 * parser (a tenth of scoring a large corpus).  Returns a new string. */
static char *
claim_id (guint n)
{
  char buf[16], *p = buf + sizeof buf;
  *--p = '\0';
  do
    *--p = (char) ('0' + n % 10);
  while ((n /= 10) > 0);
  *--p = 'c';
  return g_strndup (p, (gsize) (buf + sizeof buf - 1 - p));
}

static void
add_unique (GPtrArray *list, const char *s)
{
  if (s == NULL)
    return;
  for (guint i = 0; i < list->len; i++)
    if (strcmp (g_ptr_array_index (list, i), s) == 0)
      return;
  g_ptr_array_add (list, g_strdup (s));
}

static void
free_list (gpointer list)
{
  if (list)
    g_ptr_array_unref (list);
}

void
cg_score_claims (CgCorpus *corpus, CgRules *rules)
{
  g_ptr_array_set_size (corpus->claims, 0);
  GPtrArray *as = corpus->assertions;
  guint n = as->len;
  if (n == 0)
    return;
  double wire_min = cg_rules_number (rules, "linking", "wire_min_shared", 3);
  double wire_overlap = cg_rules_number (rules, "linking", "wire_overlap", 0.6);
  double needed = cg_rules_number (rules, "linking", "corroborated_supporters", 2);
  gboolean by_outlet = cg_rules_number (rules, "linking", "outlet_one_carrier", 1) != 0;

  GHashTable *pos = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *art = g_hash_table_new (g_str_hash, g_str_equal);  /* article id -> index + 1 */
  GPtrArray *art_ids = g_ptr_array_new ();
  GArray *art_size = g_array_new (FALSE, TRUE, sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (a->id)
        g_hash_table_insert (pos, a->id, GUINT_TO_POINTER (i + 1));
      const char *aid = a->article_id ? a->article_id : "";
      if (!g_hash_table_contains (art, aid))
        {
          g_ptr_array_add (art_ids, (gpointer) aid);
          g_hash_table_insert (art, (gpointer) aid, GUINT_TO_POINTER (art_ids->len));
          guint zero = 0;
          g_array_append_val (art_size, zero);
        }
      g_array_index (art_size, guint, GPOINTER_TO_UINT (g_hash_table_lookup (art, aid)) - 1)++;
    }

  guint *parent = g_new (guint, n);
  guint *origin = g_new (guint, n);   /* quotes: the assertion quoted */
  for (guint i = 0; i < n; i++)
    parent[i] = origin[i] = i;
  guint na = art_ids->len;
  guint *aparent = g_new (guint, na);
  for (guint i = 0; i < na; i++)
    aparent[i] = i;
  GHashTable *pair_shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint k = 0; k < corpus->links->len; k++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, k);
      guint f = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->from));
      guint t = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->to));
      /* only same_as, supports and quotes join: a contradiction, or a
       * change over time, links two claims (the newer figure is another
       * claim, not a restatement of the older) */
      if (f == 0 || t == 0
          || (l->relation != CG_RELATION_SAME_AS && l->relation != CG_RELATION_SUPPORTS && l->relation != CG_RELATION_QUOTES))
        continue;
      f--, t--;
      uf_union (parent, f, t);
      if (l->relation == CG_RELATION_QUOTES)
        origin[f] = t;
      if (l->relation == CG_RELATION_SAME_AS)
        {
          CgAssertion *af = g_ptr_array_index (as, f), *at = g_ptr_array_index (as, t);
          guint xa = GPOINTER_TO_UINT (g_hash_table_lookup (art, af->article_id ? af->article_id : "")) - 1;
          guint ya = GPOINTER_TO_UINT (g_hash_table_lookup (art, at->article_id ? at->article_id : "")) - 1;
          char *key = g_strdup_printf ("%u %u", MIN (xa, ya), MAX (xa, ya));
          guint c = GPOINTER_TO_UINT (g_hash_table_lookup (pair_shared, key)) + 1;
          g_hash_table_replace (pair_shared, key, GUINT_TO_POINTER (c));
        }
    }

  /* Near-duplicate articles: most of the smaller one is the same words. */
  GHashTableIter it;
  gpointer key, val;
  g_hash_table_iter_init (&it, pair_shared);
  while (g_hash_table_iter_next (&it, &key, &val))
    {
      guint xa, ya, c = GPOINTER_TO_UINT (val);
      if (sscanf (key, "%u %u", &xa, &ya) != 2)
        continue;
      guint smaller = MIN (g_array_index (art_size, guint, xa), g_array_index (art_size, guint, ya));
      if (c >= wire_min && smaller > 0 && (double) c / smaller >= wire_overlap)
        uf_union (aparent, xa, ya);
    }

  /* The author speaker of each article, to name the carrier that disputes. */
  char **author_of = g_new0 (char *, na);
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      guint ai = GPOINTER_TO_UINT (g_hash_table_lookup (art, a->article_id ? a->article_id : "")) - 1;
      if (a->kind == CG_KIND_AUTHOR && a->speaker_id && author_of[ai] == NULL)
        author_of[ai] = a->speaker_id;
    }

  /* claims in order of their first member */
  GHashTable *claim_of_root = g_hash_table_new (NULL, NULL);
  GPtrArray *claims = g_ptr_array_new ();
  GPtrArray *claim_outlets = g_ptr_array_new_with_free_func (free_list);  /* per claim: outlets counted */
  guint *claim_of = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      guint root = uf_find (parent, i);
      gpointer c = g_hash_table_lookup (claim_of_root, GUINT_TO_POINTER (root + 1));
      if (c == NULL)
        {
          CgClaim *cl = cg_claim_new ();
          cl->id = claim_id (claims->len + 1);
          g_ptr_array_add (claims, cl);
          g_ptr_array_add (claim_outlets, NULL);
          c = GUINT_TO_POINTER (claims->len);
          g_hash_table_insert (claim_of_root, GUINT_TO_POINTER (root + 1), c);
        }
      guint ci = GPOINTER_TO_UINT (c) - 1;
      claim_of[i] = ci;
      CgClaim *cl = g_ptr_array_index (claims, ci);
      g_ptr_array_add (cl->assertions, g_strdup (a->id));

      /* the supporter: the origin's speaker; an author claim counts as
       * the author of the first of its near-duplicate articles, so wire
       * copies under different bylines count once */
      guint o = i;
      for (guint hops = 0; origin[o] != o && hops < n; hops++)
        o = origin[o];
      CgAssertion *src = g_ptr_array_index (as, o);
      if (src->speaker_id == NULL)
        continue;
      const char *who = src->speaker_id;
      if (src->kind == CG_KIND_AUTHOR)
        {
          guint root = uf_find (aparent, GPOINTER_TO_UINT (g_hash_table_lookup (art, src->article_id ? src->article_id : "")) - 1);
          if (author_of[root])
            who = author_of[root];
          CgArticle *d = by_outlet && src->article_id ? cg_corpus_article (corpus, src->article_id) : NULL;
          if (d && d->outlet)
            {
              GPtrArray *seen = g_ptr_array_index (claim_outlets, ci);
              if (seen == NULL)
                seen = claim_outlets->pdata[ci] = g_ptr_array_new ();
              gboolean counted = FALSE;
              for (guint k = 0; k < seen->len && !counted; k++)
                counted = strcmp (g_ptr_array_index (seen, k), d->outlet) == 0;
              if (counted)
                continue;
              g_ptr_array_add (seen, d->outlet);
            }
        }
      add_unique (cl->supporters, who);
    }

  /* contradictions: links, and members disputed by their carrier.  An
   * assertion its own carrier disputes does not count against others. */
  gboolean *contra = g_new0 (gboolean, claims->len);
  for (guint k = 0; k < corpus->links->len; k++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, k);
      if (l->relation != CG_RELATION_CONTRADICTS)
        continue;
      guint f = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->from));
      guint t = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->to));
      if (f == 0 || t == 0)
        continue;
      f--, t--;
      CgAssertion *af = g_ptr_array_index (as, f), *at = g_ptr_array_index (as, t);
      if (claim_of[f] == claim_of[t])
        continue;
      if (!is_refuted_by_carrier (at))
        {
          contra[claim_of[f]] = TRUE;
          add_unique (((CgClaim *) g_ptr_array_index (claims, claim_of[f]))->contradictors, at->speaker_id);
        }
      if (!is_refuted_by_carrier (af))
        {
          contra[claim_of[t]] = TRUE;
          add_unique (((CgClaim *) g_ptr_array_index (claims, claim_of[t]))->contradictors, af->speaker_id);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (!is_refuted_by_carrier (a))
        continue;
      guint ai = GPOINTER_TO_UINT (g_hash_table_lookup (art, a->article_id ? a->article_id : "")) - 1;
      contra[claim_of[i]] = TRUE;
      add_unique (((CgClaim *) g_ptr_array_index (claims, claim_of[i]))->contradictors, author_of[ai]);
    }

  for (guint c = 0; c < claims->len; c++)
    {
      CgClaim *cl = g_ptr_array_index (claims, c);
      gboolean supported = cl->supporters->len >= needed;
      if (contra[c])
        cl->verdict = supported ? CG_VERDICT_CONTESTED : CG_VERDICT_CONTRADICTED;
      else
        cl->verdict = supported ? CG_VERDICT_CORROBORATED : CG_VERDICT_SINGLE_SOURCE;
      g_ptr_array_add (corpus->claims, cl);
    }

  g_free (contra);
  g_free (claim_of);
  g_ptr_array_unref (claims);
  g_hash_table_unref (claim_of_root);
  g_free (author_of);
  g_ptr_array_unref (claim_outlets);
  g_hash_table_unref (pair_shared);
  g_free (aparent);
  g_free (origin);
  g_free (parent);
  g_array_unref (art_size);
  g_ptr_array_unref (art_ids);
  g_hash_table_unref (art);
  g_hash_table_unref (pos);
}
