/* score.c: claims and corroboration verdicts (see cg-score.h).
 *
 * A claim is a cluster (union-find) of assertions joined by same_as,
 * supports and quotes links, a large one cut at its reworded bridges (a
 * chain of groups is several claims).  Its supporters are the SPEAKERS of
 * its members, not the carriers: five outlets printing one quote attest
 * that it was said, and count as one supporter.  Copies count once: a quote of
 * a quote counts as its origin's speaker, and the members printed by
 * near-duplicate articles (wire copy, detected from the share of their
 * assertions linked same_as, or from a run of their author sentences
 * linked same_as: a passage reprinted without a credit) count as one
 * carrier, their author claims as the first copy's author.  Within a claim, the
 * author claims of one outlet count once: an outlet's boilerplate, or its
 * reporters reusing their own paragraph under other bylines, is one voice;
 * so are author voices whose author lists share a reporter, the author
 * claims of articles crediting one news agency (wire.rules: one wire
 * story printed by two outlets, edited, under two bylines), and members
 * that are the same words (a wire paragraph another outlet reprinted, a
 * caption embedded in two articles), whoever they are attributed to.
 * A voice joined by supports only whose articles are dated far from every
 * other voice's (supports_max_days) backs another event and is dropped;
 * a member that says the quoted words of another member again (an author
 * claim printing a tweet, the same quotation under two speakers' names)
 * is that quotation's voice (quote_run_words, quote_short_words); members
 * whose surrounding sentences are largely the same words are one
 * reworded copy (context_*); a voice of fewer than supporter_min_words
 * words, or whose reported speech states nothing, is a phrase, no
 * supporter; corroborated needs its voices printed by two outlets.
 * A member's voice is its origin, not only its speaker id: an author
 * sentence that a quotation of its article holds is the quoted speaker's,
 * a source mention right after "told" is a hearer, and a speaker another
 * voice's member names is that member's subject or origin (see "origins"
 * below).
 * (Per claim, not by joining carriers: joining outlets through wire copies
 * would chain most of a corpus into one carrier.  The near-duplicate
 * article test misses a single reprinted paragraph: it needs most of the
 * smaller article linked.)
 */
#include "cg-score.h"

#include "cg-claimview.h"
#include "cg-sort.h"

#include <math.h>
#include <stdarg.h>
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

/* Why two voices are one, for cg_score_voice_joins(): while it scores,
 * the joins of two members of its claim with different speakers are told
 * in words by join_voices(), the one place every voice rule joins
 * through, so `show` tells what the verdict counted.  Set only by the
 * thread scoring for it; NULL otherwise (nothing is written then). */
typedef struct {
  CgCorpus    *corpus;
  GHashTable  *members;   /* the claim's assertion ids */
  const char **who_of;    /* cg_score_claims()' voice speakers, while it runs */
  GPtrArray   *lines;
  guint8      *dropped;   /* per voice root: the DROP_* rules that leave it uncounted, while it runs */
  guint8      *origin;    /* per member: the ORIGIN_* rules that gave it another's voice, while it runs */
  guint       *origin_of; /* per member: the assertion whose speaker its voice is (quotes, quoted words) */
} VoiceWhy;

/* Why a member's voice is not its own speaker's, for VoiceWhy.origin:
 * told by origin_lines(). */
enum {
  ORIGIN_QUOTES  = 1 << 0,   /* a quotes link: the quoted one's words */
  ORIGIN_HEARER  = 1 << 1,   /* hearer_not_source: no voice */
  ORIGIN_COPY    = 1 << 2,   /* an author claim of a copy: the first copy's author */
  ORIGIN_QUOTING = 1 << 3    /* quoted_author_origin: the quoted speaker's words */
};

/* Why a voice is no supporter, for VoiceWhy.dropped: the rules after the
 * joins that took it out, told by drop_lines(). */
enum {
  DROP_OUT_OF_TIME = 1 << 0,   /* supports_max_days */
  DROP_FRAGMENT    = 1 << 1,   /* supporter_min_words */
  DROP_PREDICATE   = 1 << 2,   /* supporter_predicates */
  DROP_NAMED       = 1 << 3,   /* named_speaker_one_voice: its subject or origin */
  DROP_UNPAIRED    = 1 << 4,   /* corroboration_direct */
  DROP_NOT_FIRST   = 1 << 5,   /* no voice counts on its own: the first one does */
  DROP_COUNTED     = 1 << 6    /* not dropped: a counted voice */
};
static _Thread_local VoiceWhy *voice_why;

/* Join members X and Y of corpus assertions AS into one voice (VPARENT)
 * by linking.rules RULE; FMT and what follows say which words matched,
 * written only while cg_score_voice_joins() asks. */
static void join_voices (guint *vparent, guint x, guint y, const char *rule, const char *fmt, ...) G_GNUC_PRINTF (5, 6);

static void
join_voices (guint *vparent, guint x, guint y, const char *rule, const char *fmt, ...)
{
  VoiceWhy *why = voice_why;
  if (why && why->who_of && uf_find (vparent, x) != uf_find (vparent, y))
    {
      GPtrArray *as = why->corpus->assertions;
      CgAssertion *a = g_ptr_array_index (as, x), *b = g_ptr_array_index (as, y);
      const char *wx = why->who_of[x], *wy = why->who_of[y];
      if (wx && wy && strcmp (wx, wy) != 0 && g_hash_table_contains (why->members, a->id)
          && g_hash_table_contains (why->members, b->id))
        {
          CgSpeaker *sx = cg_corpus_speaker (why->corpus, wx), *sy = cg_corpus_speaker (why->corpus, wy);
          GString *line = g_string_new (NULL);
          g_string_printf (line, "one voice, %s: %s %s (%s) and %s %s (%s)", rule, sx && sx->name ? sx->name : "?", wx,
                           a->id, sy && sy->name ? sy->name : "?", wy, b->id);
          if (fmt)
            {
              va_list ap;
              va_start (ap, fmt);
              g_string_append (line, ", ");
              g_string_append_vprintf (line, fmt, ap);
              va_end (ap);
            }
          g_ptr_array_add (why->lines, g_string_free (line, FALSE));
        }
    }
  uf_union (vparent, x, y);
}

/* Why each member of the claim cg_score_voice_joins() asks about whose
 * speaker is no supporter of CLAIMS' claim was left out: one line per
 * member, from the VoiceWhy.dropped rules of its voice root (VPARENT),
 * so `show` explains the count beside the speakers.  MIN_WORDS and
 * MAX_DAYS are the rules' figures; FIRST_VOICE the claims' root + 1. */
static void
drop_lines (GPtrArray *claims, guint n, const guint *claim_of, guint *vparent, const guint *first_voice,
            guint min_words, double max_days)
{
  VoiceWhy *why = voice_why;
  GPtrArray *as = why->corpus->assertions;
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      const char *who = why->who_of[i];
      if (!who || !g_hash_table_contains (why->members, a->id))
        continue;
      guint r = uf_find (vparent, i);
      guint8 d = why->dropped[r];
      if (d & DROP_COUNTED)
        continue;
      const CgClaim *cl = g_ptr_array_index (claims, claim_of[i]);
      gboolean counted = FALSE;
      for (guint k = 0; k < cl->supporters->len && !counted; k++)
        counted = strcmp (g_ptr_array_index (cl->supporters, k), who) == 0;
      if (counted)
        continue;
      CgSpeaker *sp = cg_corpus_speaker (why->corpus, who);
      GString *line = g_string_new (NULL);
      g_string_printf (line, "%s (%s %s): not a supporter: ", a->id, sp && sp->name ? sp->name : "?", who);
      gsize start = line->len;
      if (d & DROP_UNPAIRED)
        g_string_append (line, "corroboration_direct, no member of its voice agrees directly with a member of another voice");
      if (d & DROP_OUT_OF_TIME)
        g_string_append_printf (line, "%ssupports_max_days, its voice joined the claim by supports only and lies more than %g days from every other voice",
                                line->len > start ? "; " : "", max_days);
      if (d & DROP_FRAGMENT)
        g_string_append_printf (line, "%ssupporter_min_words, no member of its voice has %u words: it attests a phrase, not the claim",
                                line->len > start ? "; " : "", min_words);
      if (d & DROP_PREDICATE)
        g_string_append_printf (line, "%ssupporter_predicates, its voice's reported speech states nothing (no predicate)",
                                line->len > start ? "; " : "");
      if (d & DROP_NAMED)
        g_string_append_printf (line, "%snamed_speaker_one_voice, a member of another voice names its speaker: its subject or origin, no voice of its own",
                                line->len > start ? "; " : "");
      if (d & DROP_NOT_FIRST)
        {
          guint f = first_voice[claim_of[i]] - 1;
          CgSpeaker *fs = cg_corpus_speaker (why->corpus, why->who_of[f]);
          g_string_append_printf (line, "%sand no voice of the claim is whole and in time, so the first alone counts, %s's (%s)",
                                  line->len > start ? "; " : "", fs && fs->name ? fs->name : "?",
                                  ((CgAssertion *) g_ptr_array_index (as, f))->id);
        }
      if (line->len == start)
        g_string_append (line, "rule not traced");
      g_ptr_array_add (why->lines, g_string_free (line, FALSE));
    }
}

/* Why each member of the claim cg_score_voice_joins() asks about counts
 * under another speaker's voice than its own, or under none: one line per
 * such member, from VoiceWhy.origin, so `show` explains a speaker that is
 * neither a supporter nor joined nor dropped (an updated CNN story under
 * a new byline counts as its first version's author; a tweet a writer
 * quotes is the tweeter's; "the paper" quoted is the paper quoted).
 * WHO_OF is the members' voice speakers, ART_OF their articles, APARENT
 * the articles' copy roots. */
static void
origin_lines (guint n, const char **who_of, const guint *art_of, guint *aparent)
{
  VoiceWhy *why = voice_why;
  GPtrArray *as = why->corpus->assertions;
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      guint8 o = why->origin[i];
      if (o == 0 || !a->speaker_id || g_strcmp0 (who_of[i], a->speaker_id) == 0
          || !g_hash_table_contains (why->members, a->id))
        continue;
      CgSpeaker *own = cg_corpus_speaker (why->corpus, a->speaker_id);
      GString *line = g_string_new (NULL);
      g_string_printf (line, "%s (%s %s): ", a->id, own && own->name ? own->name : "?", a->speaker_id);
      if (who_of[i] == NULL)
        {
          g_string_append (line, "no voice: hearer_not_source, its source mention is the hearer of its cue, not the one who spoke");
          g_ptr_array_add (why->lines, g_string_free (line, FALSE));
          continue;
        }
      CgSpeaker *sp = cg_corpus_speaker (why->corpus, who_of[i]);
      g_string_append_printf (line, "counted as the voice of %s %s: ", sp && sp->name ? sp->name : "?", who_of[i]);
      CgAssertion *from = g_ptr_array_index (as, why->origin_of[i]);
      if (o & ORIGIN_QUOTING)
        g_string_append_printf (line, "quoted_author_origin, its text is a quotation of %s printed in its article word for word",
                                from->id);
      else if (o & ORIGIN_QUOTES)
        g_string_append_printf (line, "it quotes %s (a quotes link): the words are the quoted one's", from->id);
      else if (o & ORIGIN_COPY)
        {
          guint root = uf_find (aparent, art_of[i]);
          CgArticle *first = NULL;
          for (guint k = 0; k < n && first == NULL; k++)
            if (art_of[k] == root)
              first = cg_corpus_article (why->corpus, ((CgAssertion *) g_ptr_array_index (as, k))->article_id);
          g_string_append_printf (line, "its article is a near-duplicate of %s (wire_min_shared, copy_article_run): "
                                  "an author text counts as the first copy's author", first ? first->path : "an earlier article");
        }
      g_ptr_array_add (why->lines, g_string_free (line, FALSE));
    }
}

/* Member I's source mention, for join_voices()' words; borrowed. */
static const char *
mention_of (GPtrArray *as, guint i)
{
  const CgAssertion *a = g_ptr_array_index (as, i);
  return a->source_text && *a->source_text ? a->source_text : "(no mention)";
}

/* WORDS (char*) joined by spaces; a new string. */
static char *
words_line (GPtrArray *words)
{
  GString *line = g_string_new (NULL);
  for (guint j = 0; j < words->len; j++)
    g_string_append_printf (line, "%s%s", j ? " " : "", (const char *) g_ptr_array_index (words, j));
  return g_string_free (line, FALSE);
}

static gboolean
is_refuted_by_carrier (CgAssertion *a)
{
  return a->stance == CG_STANCE_DISPUTES;
}

/* What tells a disputed text that names a thing (linking.rules
 * dispute_predicates): [naming_cues], [naming_complements],
 * [named_attributes], [relative_openings], the copulas of claimview.rules
 * [auxiliaries] and its gerund_suffix. */
typedef struct {
  GHashTable *cues;         /* phrases, casefolded */
  GHashTable *complements;  /* words */
  GHashTable *copulas;      /* words */
  GHashTable *attributes;   /* phrases, casefolded */
  GHashTable *relatives;    /* words */
  char       *gerund;
} NamingWords;

static void
naming_words_init (NamingWords *nw, CgRules *rules)
{
  nw->cues = cg_rules_phrase_set (rules, "linking", "naming_cues");
  nw->complements = cg_rules_word_set (rules, "linking", "naming_complements");
  nw->attributes = cg_rules_phrase_set (rules, "linking", "named_attributes");
  nw->relatives = cg_rules_word_set (rules, "linking", "relative_openings");
  nw->copulas = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *aux = cg_rules_entries (rules, "claimview", "auxiliaries");
  for (guint i = 0; aux && i < aux->len; i++)
    {
      CgRule *r = g_ptr_array_index (aux, i);
      if (g_strcmp0 (cg_rule_attr (r, "copula"), "1") == 0 && r->words[0] && !r->words[1])
        g_hash_table_add (nw->copulas, r->words[0]);
    }
  const char *g = cg_rules_string (rules, "claimview", "gerund_suffix");
  nw->gerund = g_strdup (g ? g : "ing");
}

static void
naming_words_clear (NamingWords *nw)
{
  g_hash_table_unref (nw->cues);
  g_hash_table_unref (nw->complements);
  g_hash_table_unref (nw->copulas);
  g_hash_table_unref (nw->attributes);
  g_hash_table_unref (nw->relatives);
  g_free (nw->gerund);
}

/* Does disputed reported speech A only name a thing, no claim: no
 * predicate in VIEW, and either a passive cue ("was incorrectly called |
 * Border Control in the photo caption": the text is the complement of a
 * subject it lacks), or no [naming_complements] word in the text and a
 * [naming_cues] cue ("incorrectly described | the SKS rifle"; not
 * "incorrectly identified | Ian Bremmer as a current professor") or a
 * text opening on a [named_attributes] phrase ("incorrectly stated | the
 * distance from Allen to El Paso, Texas")? */
static gboolean
names_a_thing (const NamingWords *nw, const CgAssertion *a, const CgClaimView *view)
{
  if (cg_claim_view_predicates (view) || a->cue_text == NULL)
    return FALSE;
  char *cue = g_utf8_casefold (a->cue_text, -1);
  char **w = g_strsplit_set (cue, " \t\n", -1);
  gboolean copula = FALSE, naming = FALSE;
  guint last = 0;
  for (guint i = 0; w[i]; i++)
    {
      if (!*w[i])
        continue;
      last = i;
      copula |= g_hash_table_contains (nw->copulas, w[i]);
      naming |= g_hash_table_contains (nw->cues, w[i]);
      if (w[i + 1] && *w[i + 1])
        {
          char *two = g_strconcat (w[i], " ", w[i + 1], NULL);
          naming |= g_hash_table_contains (nw->cues, two);
          g_free (two);
        }
    }
  gboolean passive = copula && !g_str_has_suffix (w[last], nw->gerund);
  g_strfreev (w);
  g_free (cue);
  if (passive)
    return TRUE;
  char *text = g_utf8_casefold (a->text, -1);
  char **t = g_strsplit_set (text, " \t\n,.;:()\"", -1);
  gboolean complement = FALSE;
  for (guint i = 0; t[i] && !complement; i++)
    complement = g_hash_table_contains (nw->complements, t[i]);
  g_strfreev (t);
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, nw->attributes);
  while (!naming && !complement && g_hash_table_iter_next (&it, &k, NULL))
    {
      gsize len = strlen (k);
      naming = strncmp (text, k, len) == 0 && (text[len] == ' ' || text[len] == '\0');
    }
  g_free (text);
  return naming && !complement;
}

/* Is disputed reported speech A a relative clause whose pronoun stands
 * before its own cue ("a border wall, which he falsely claimed | Mexico
 * would pay for": the text "which Mexico would pay for")?  Its subject or
 * object is the thing the pronoun stands for, outside the text, so the
 * text names no claim whatever its predicate.  A complementizer opens
 * after its cue ("wrongly denying | that he ever supported legalization")
 * and is not read. */
static gboolean
opens_on_relative (const NamingWords *nw, const CgAssertion *a)
{
  if (a->cue_text == NULL || a->cue.start < 0 || a->cue.start <= a->span.start || a->cue.start >= a->span.end)
    return FALSE;
  const char *t = a->text, *e = t;
  while (*e && g_ascii_isalpha (*e))
    e++;
  if (e == t || (*e && !g_ascii_isspace (*e)))
    return FALSE;
  char *word = g_ascii_strdown (t, e - t);
  gboolean rel = g_hash_table_contains (nw->relatives, word);
  g_free (word);
  return rel;
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


/* A trait of a claim member: members of one claim sharing a trait are one
 * voice (the same speaker, the same carrier, or a copy of one text). */
typedef struct {
  guint   claim;
  guint   member;
  guint64 key;
} Trait;

/* Traits by claim, key, then member: a total order (see cg-sort.h). */
#define TRAIT_LESS(a, b) \
  ((a).claim != (b).claim ? (a).claim < (b).claim : (a).key != (b).key ? (a).key < (b).key : (a).member < (b).member)
CG_DEFINE_SORT (sort_traits_n, Trait, TRAIT_LESS)

static void
sort_traits (GArray *traits)
{
  sort_traits_n ((Trait *) (gpointer) traits->data, traits->len);
}

CG_DEFINE_SORT (sort_u64_n, guint64, CG_SORT_NUMBER_LESS)

static void
sort_u64 (GArray *keys)
{
  sort_u64_n ((guint64 *) (gpointer) keys->data, keys->len);
}

#define FNV_SEED G_GUINT64_CONSTANT (0xcbf29ce484222325)

static guint64
fnv (guint64 h, const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++)
    h = (h ^ (guchar) s[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  return h;
}

/* A trait key: its kind (a letter) and a string. */
static guint64
trait_key (char kind, const char *s)
{
  return fnv (fnv (FNV_SEED, &kind, 1), s, strlen (s));
}

/* The hashes of TEXT's words, casefolded, without punctuation or
 * quotation marks ("Staff’s" and "staff's" are one word), appended to
 * WORDS. */
static void
word_hashes_upto (const char *text, const char *end, GArray *words)
{
  guint64 h = FNV_SEED;
  gboolean in_word = FALSE;
  for (const char *p = text; p && (end == NULL || p < end) && *p;)
    {
      /* ASCII by comparisons: g_unichar_isalnum() and g_unichar_tolower()
       * answer the same for it */
      guchar b = (guchar) *p;
      gunichar c = b < 0x80 ? b : g_utf8_get_char (p);
      p = b < 0x80 ? p + 1 : g_utf8_next_char (p);
      if (c == '\'' || c == 0x2019)
        continue;   /* an apostrophe joins a word */
      if (b < 0x80 ? !((guchar) ((b | 0x20) - 'a') < 26 || (guchar) (b - '0') < 10) : !g_unichar_isalnum (c))
        {
          if (in_word)
            g_array_append_val (words, h);
          in_word = FALSE;
          continue;
        }
      if (!in_word)
        h = FNV_SEED;
      in_word = TRUE;
      if (b < 0x80)
        h = (h ^ ((guchar) (b - 'A') < 26 ? b | 0x20 : b)) * G_GUINT64_CONSTANT (0x100000001b3);
      else
        {
          char buf[8];
          h = fnv (h, buf, g_unichar_to_utf8 (g_unichar_tolower (c), buf));
        }
    }
  if (in_word)
    g_array_append_val (words, h);
}

static void
word_hashes (const char *text, GArray *words)
{
  word_hashes_upto (text, NULL, words);
}

/* The hash of N word hashes. */
static guint64
words_hash (const guint64 *w, guint n)
{
  return fnv (FNV_SEED, (const char *) w, n * sizeof *w);
}

/* The article index + 1 of assertion A in ART (0 for none). */
static guint
article_of (GHashTable *art, const CgAssertion *a)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (art, a->article_id ? a->article_id : ""));
}

/* MENTION casefolded, apostrophes as "'", runs of blanks as one space,
 * without a leading or trailing blank.  Returns a new string. */
static char *
mention_key (const char *mention)
{
  /* Most mentions are ASCII, where casefolding is lowering A-Z: a pass
   * over the bytes, instead of a casefolded copy built a character at a
   * time (a third of scoring's instructions on AllSides). */
  const char *q = mention;
  while (*q && !(*q & 0x80))
    q++;
  if (*q == '\0')
    {
      char *out = g_malloc (strlen (mention) + 1), *o = out;
      gboolean blank = FALSE;
      for (q = mention; *q; q++)
        {
          /* what g_unichar_isspace() says of ASCII (not '\v'), and
           * g_ascii_tolower(), without a call per byte */
          char c = *q;
          if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f')
            {
              blank = o > out;
              continue;
            }
          if (blank)
            *o++ = ' ';
          blank = FALSE;
          *o++ = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
      *o = '\0';
      return out;
    }
  char *fold = g_utf8_casefold (mention, -1);
  GString *out = g_string_sized_new (strlen (fold));
  gboolean blank = FALSE;
  for (const char *p = fold; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isspace (c))
        {
          blank = out->len > 0;
          continue;
        }
      if (blank)
        g_string_append_c (out, ' ');
      blank = FALSE;
      g_string_append_unichar (out, c == 0x2019 ? '\'' : c);
    }
  g_free (fold);
  return g_string_free (out, FALSE);
}

/* Add to TRAITS the traits of member I of claim CI, whose voice is WHO:
 * its speaker; its source mention as printed, casefolded, unless a
 * pronoun (PRONOUNS; NULL for none): "Police" or "a senior Belgian
 * counterterrorism official" in two articles on one claim is one source
 * the registry keeps apart; when its article's author speaks (an author claim, or the
 * author as speaker), the article's outlet (BY_OUTLET) and each name of
 * its author list, so an outlet and its reporters under any byline are
 * one voice, and the news agency its article credits when it credits
 * one (BY_WIRE: CgArticle.wire), so two outlets printing one wire story,
 * edited, under two bylines are one voice; each run of COPY_MIN_WORDS words of its
 * text, or, for a shorter text, the whole text when it has COPY_MIN_WHOLE words or more,
 * and the text with the text of the assertion before or after it in its
 * article: a paragraph reprinted by another outlet (whole or
 * cut, "staffer" for "intern"), a tweet printed as the writer's text, a
 * caption or boilerplate in two articles, is one copy, whoever it is
 * attributed to. */
static void
add_traits (CgCorpus *corpus, GPtrArray *as, guint i, guint ci, const char *who, char **author_of,
            GHashTable *art, gboolean by_outlet, gboolean by_wire, guint copy_min_words, guint copy_min_whole, GHashTable *pronouns,
            GArray *traits)
{
  CgAssertion *a = g_ptr_array_index (as, i);
  Trait t = { ci, i, trait_key ('s', who) };
  g_array_append_val (traits, t);
  if (pronouns && a->source_text && *a->source_text)
    {
      char *m = mention_key (a->source_text);
      if (*m && !g_hash_table_contains (pronouns, m))
        {
          t.key = trait_key ('m', m);
          g_array_append_val (traits, t);
        }
      g_free (m);
    }
  guint ai = article_of (art, a);
  if (ai && (a->kind == CG_KIND_AUTHOR || (a->speaker_id && author_of[ai - 1] && strcmp (a->speaker_id, author_of[ai - 1]) == 0)))
    {
      CgArticle *d = a->article_id ? cg_corpus_article (corpus, a->article_id) : NULL;
      if (d && d->outlet && by_outlet)
        {
          t.key = trait_key ('o', d->outlet);
          g_array_append_val (traits, t);
        }
      /* the agency both articles credit: one wire text printed by two
       * outlets, however edited and bylined (of an article crediting two,
       * which one a sentence comes from is unknown) */
      if (d && d->wire && by_wire && strchr (d->wire, ' ') == NULL)
        {
          t.key = trait_key ('a', d->wire);
          g_array_append_val (traits, t);
        }
      if (d && d->author)
        {
          char **names = g_strsplit (d->author, ",", -1);
          for (char **p = names; *p; p++)
            {
              char *fold = g_utf8_casefold (g_strstrip (*p), -1);
              if (*fold)
                {
                  t.key = trait_key ('n', fold);
                  g_array_append_val (traits, t);
                }
              g_free (fold);
            }
          g_strfreev (names);
        }
    }
  /* copies: COPY_MIN_WORDS words in a row the same */
  GArray *w = g_array_new (FALSE, FALSE, sizeof (guint64));
  word_hashes (a->text, w);
  guint n = w->len;
  if (n >= copy_min_words)
    for (guint k = 0; k + copy_min_words <= n; k++)
      {
        t.key = fnv (words_hash (&g_array_index (w, guint64, k), copy_min_words), "t", 1);
        g_array_append_val (traits, t);
      }
  else if (n > 0)
    {
      guint64 h = words_hash ((const guint64 *) w->data, n);
      if (n >= copy_min_whole)
        {
          t.key = fnv (h, "w", 1);
          g_array_append_val (traits, t);
        }
      for (int side = -1; side <= 1; side += 2)
        {
          if ((side < 0 && i == 0) || (side > 0 && i + 1 >= as->len))
            continue;
          CgAssertion *b = g_ptr_array_index (as, i + side);
          if (article_of (art, b) != ai)
            continue;
          g_array_set_size (w, 0);
          word_hashes (b->text, w);
          if (w->len == 0)
            continue;
          char tag[9];
          guint64 bh = words_hash ((const guint64 *) w->data, w->len);
          memcpy (tag, &bh, 8);
          tag[8] = side < 0 ? 'p' : 'n';
          t.key = fnv (h, tag, 9);
          g_array_append_val (traits, t);
        }
    }
  g_array_unref (w);
}

/* Which of add_traits()' traits of member I is KEY, for join_voices():
 * its rule key, a NUL, then the matching words, in one new string; NULL
 * for the traits of copied text (copy_min_words).  It only names the
 * trait the join already found. */
static char *
trait_words (CgCorpus *corpus, GPtrArray *as, guint i, guint64 key, const guint *art_of, guint *aparent)
{
  CgAssertion *a = g_ptr_array_index (as, i);
  CgArticle *d = a->article_id ? cg_corpus_article (corpus, a->article_id) : NULL;
  char *out = NULL;
  if (a->source_text && *a->source_text)
    {
      char *m = mention_key (a->source_text);
      if (trait_key ('m', m) == key)
        out = g_strdup_printf ("same_mention_one_voice%cthe same source mention '%s'", 0, a->source_text);
      g_free (m);
    }
  if (out == NULL && d && d->outlet && trait_key ('o', d->outlet) == key)
    out = g_strdup_printf ("outlet_one_carrier%cboth the own words of %s", 0, d->outlet);
  if (out == NULL && d && d->wire && trait_key ('a', d->wire) == key)
    out = g_strdup_printf ("wire_credit_one_voice%ctheir articles credit %s", 0, d->wire);
  if (out == NULL && d && d->author)
    {
      char **names = g_strsplit (d->author, ",", -1);
      for (char **p = names; out == NULL && *p; p++)
        {
          char *fold = g_utf8_casefold (g_strstrip (*p), -1);
          if (trait_key ('n', fold) == key)
            out = g_strdup_printf ("outlet_one_carrier%ctheir bylines share %s", 0, *p);
          g_free (fold);
        }
      g_strfreev (names);
    }
  if (out == NULL)
    {
      guint root = uf_find (aparent, art_of[i]);
      if (fnv (fnv (FNV_SEED, (const char *) &root, sizeof root), "c", 1) == key)
        out = g_strdup_printf ("wire_overlap%cprinted by near-verbatim copies of one article", 0);
    }
  return out;
}

/* The day number of an article's "yyyy-mm-dd" date, 0 when unknown. */
static guint
article_day (CgCorpus *corpus, const char *id)
{
  CgArticle *d = id && *id ? cg_corpus_article (corpus, id) : NULL;
  int y, m, dd;
  if (d == NULL || d->date == NULL || sscanf (d->date, "%d-%d-%d", &y, &m, &dd) != 3
      || !g_date_valid_dmy ((GDateDay) dd, (GDateMonth) m, (GDateYear) y))
    return 0;
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) dd, (GDateMonth) m, (GDateYear) y);
  return g_date_get_julian (&date);
}

typedef struct {
  guint claim;
  guint day;
  guint member;
} Dated;

#define DATED_LESS(a, b) \
  ((a).claim != (b).claim ? (a).claim < (b).claim : (a).day != (b).day ? (a).day < (b).day : (a).member < (b).member)
CG_DEFINE_SORT (sort_dated, Dated, DATED_LESS)

/* Set ANCHORED[r] for each voice root r (VPARENT) of a claim of two or
 * more members with a member that is not out of time: joined by same_as
 * or quotes (SAME_WORDS), undated, or dated within MAX_DAYS of a member
 * of another voice, or with an undated member of another voice. */
static void
mark_anchored (CgCorpus *corpus, guint n, const guint *claim_of, guint nclaims,
               const guint *claim_size, const char **who_of, guint *vparent, const gboolean *same_words,
               const guint *art_of, GPtrArray *art_ids, double max_days, gboolean *anchored)
{
  guint *day = g_new0 (guint, art_ids->len);
  gboolean *day_done = g_new0 (gboolean, art_ids->len);
  /* per claim: the root + 1 of an undated member's voice, and whether
   * undated members of two voices exist */
  guint *undated = g_new0 (guint, nclaims);
  gboolean *undated2 = g_new0 (gboolean, nclaims);
  GArray *dated = g_array_new (FALSE, FALSE, sizeof (Dated));
  for (guint i = 0; i < n; i++)
    {
      guint ci = claim_of[i];
      if (!who_of[i] || claim_size[ci] < 2)
        continue;
      guint r = uf_find (vparent, i);
      guint ai = art_of[i];
      if (!day_done[ai])
        {
          day[ai] = article_day (corpus, g_ptr_array_index (art_ids, ai));
          day_done[ai] = TRUE;
        }
      if (day[ai] == 0)
        {
          anchored[r] = TRUE;
          if (undated[ci] == 0)
            undated[ci] = r + 1;
          else if (undated[ci] != r + 1)
            undated2[ci] = TRUE;
          continue;
        }
      if (same_words[i])
        anchored[r] = TRUE;
      Dated e = { ci, day[ai], i };
      g_array_append_val (dated, e);
    }
  sort_dated ((Dated *) (gpointer) dated->data, dated->len);
  for (guint k = 0; k < dated->len; k++)
    {
      Dated *e = &g_array_index (dated, Dated, k);
      guint r = uf_find (vparent, e->member);
      if (anchored[r])
        continue;
      gboolean near = undated2[e->claim] || (undated[e->claim] && undated[e->claim] != r + 1);
      for (guint j = k; !near && j-- > 0;)
        {
          Dated *f = &g_array_index (dated, Dated, j);
          if (f->claim != e->claim || e->day - f->day > max_days)
            break;
          near = uf_find (vparent, f->member) != r;
        }
      for (guint j = k + 1; !near && j < dated->len; j++)
        {
          Dated *f = &g_array_index (dated, Dated, j);
          if (f->claim != e->claim || f->day - e->day > max_days)
            break;
          near = uf_find (vparent, f->member) != r;
        }
      if (near)
        anchored[r] = TRUE;
    }
  g_array_unref (dated);
  g_free (undated);
  g_free (undated2);
  g_free (day);
  g_free (day_done);
}

/* Call FUNC (WORDS, DATA) with the word hashes of each quoted fragment of
 * TEXT, the words between quotation marks ("..." or \u201c...\u201d; a
 * fragment ends at the next mark), or once with all of TEXT when WHOLE. */
typedef void (*FragmentFunc) (GArray *words, gpointer data);

static void
each_quoted_fragment (const char *text, gboolean whole, FragmentFunc func, gpointer data)
{
  GArray *w = g_array_new (FALSE, FALSE, sizeof (guint64));
  gboolean inside = whole;
  const char *start = text;   /* the fragment: [start, p) while inside */
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = p && *p ? g_utf8_get_char (p) : 0;
      gboolean mark = !whole && (c == '"' || c == 0x201c || c == 0x201d);
      if (c == 0 || mark)
        {
          if (inside && p > start)
            {
              g_array_set_size (w, 0);
              word_hashes_upto (start, p, w);
              func (w, data);
            }
          if (c == 0)
            break;
          inside = c == 0x201c ? TRUE : c == 0x201d ? FALSE : !inside;
          start = g_utf8_next_char (p);
        }
    }
  g_array_unref (w);
}

/* Where the fragments' keys go: Trait { ci, i, key } appended to out, for
 * fragments or runs of min to run words. */
typedef struct {
  guint64 *slots;   /* open-addressed; 0: empty (key 0 is ZERO) */
  gsize    mask;
  gboolean zero;
} KeySet;

/* KEYS (taken from TRAITS' keys) as a set, for keyset_has(); free its
 * slots with g_free. */
static void
keyset_init (KeySet *set, const GArray *traits)
{
  set->mask = 15;
  while (set->mask + 1 < 2 * (gsize) traits->len)
    set->mask = 2 * set->mask + 1;
  set->slots = g_new0 (guint64, set->mask + 1);
  set->zero = FALSE;
  for (guint k = 0; k < traits->len; k++)
    {
      guint64 key = g_array_index (traits, Trait, k).key;
      if (key == 0)
        {
          set->zero = TRUE;
          continue;
        }
      gsize b = (key ^ key >> 29) & set->mask;
      while (set->slots[b] && set->slots[b] != key)
        b = (b + 1) & set->mask;
      set->slots[b] = key;
    }
}

static gboolean
keyset_has (const KeySet *set, guint64 key)
{
  if (key == 0)
    return set->zero;
  for (gsize b = (key ^ key >> 29) & set->mask; set->slots[b]; b = (b + 1) & set->mask)
    if (set->slots[b] == key)
      return TRUE;
  return FALSE;
}

typedef struct {
  guint   ci, i, min, run;
  GArray *out;
  const KeySet *only;   /* NULL, or only keys of this set are appended */
} FragmentKeys;

static void
add_runs (GArray *w, gpointer data)
{
  FragmentKeys *o = data;
  for (guint len = o->min; len <= o->run; len++)
    for (guint k = 0; k + len <= w->len; k++)
      {
        Trait t = { o->ci, o->i, fnv (words_hash (&g_array_index (w, guint64, k), len), "q", 1) };
        if (o->only == NULL || keyset_has (o->only, t.key))
          g_array_append_val (o->out, t);
      }
}

static void
add_short_fragment (GArray *w, gpointer data)
{
  FragmentKeys *o = data;
  if (w->len >= o->min && w->len < o->run)
    {
      Trait t = { o->ci, o->i, fnv (words_hash ((const guint64 *) w->data, w->len), "q", 1) };
      g_array_append_val (o->out, t);
    }
}

/* Append to OUT a Trait { CI, I, key } for each run of RUN words of
 * TEXT's quoted words: all of TEXT when WHOLE, else the words between
 * quotation marks (runs do not cross from one quoted fragment to the
 * next).  With SHORT_MIN > 0, also each run of SHORT_MIN to RUN - 1 words
 * (what a short quotation may match). */
static void
add_quoted_runs (const char *text, gboolean whole, guint ci, guint i, guint run, guint short_min, GArray *out,
                 const KeySet *only)
{
  FragmentKeys o = { ci, i, short_min ? short_min : run, run, out, only };
  each_quoted_fragment (text, whole, add_runs, &o);
}

/* Append to OUT a Trait { CI, I, key } for each quoted fragment of the
 * mixed TEXT (between quotation marks) of MIN to RUN - 1 words: the whole
 * fragment, what another member must hold in a row. */
static void
add_short_fragments (const char *text, guint ci, guint i, guint min, guint run, GArray *out)
{
  FragmentKeys o = { ci, i, min, run, out, NULL };
  each_quoted_fragment (text, FALSE, add_short_fragment, &o);
}

/* One utterance: within a claim, a text that shares RUN words in a row
 * with the quoted words of a direct or mixed member (an author claim
 * printing a tweet or remark as the writer's own sentence; another
 * quotation of the same words under another speaker's name, a misread
 * "he" or one speaker under two names; the quoted text itself, reported
 * in its first printing), or that holds the whole text of
 * a direct member of SHORT_MIN to RUN - 1 words ("a total mess"), says
 * that quotation again: one voice with it, not a second source. */
typedef struct {
  GPtrArray      *as;
  guint           n;
  const guint    *claim_of, *claim_size;
  const char    **who_of;
  const gboolean *quoting;
  guint           run, short_min, short_frag;
  GArray         *pairs;   /* out: the members to join, two by two */
  /* The work of each pass, PIECE members a piece, taken in turn by
   * the quotes thread, its helper and the calling thread once it needs
   * the pairs (quote_help()): it waited for them while the quotes
   * shared the cores with cg-score-events (a whole-corpus rescoring at
   * load 10-12: 1.6-3.5 s of its 17-29 s phase). */
  GMutex          lock;
  GCond           cond;
  guint           pass;       /* 0: what is looked for, 1: where, 2: done */
  guint           piece, pieces, next[2], done[2];
  GArray        **out[2];     /* per pass, per piece */
  const KeySet   *wanted;     /* pass 1's */
} ReportedQuotes;

/* The members join_reported_quotes() joins, in Q->pairs.  Its runs are a
 * fifth of scoring the whole corpus and need nothing the voices' other
 * traits compute: found on a thread of their own beside them, joined
 * after them as before. */
/* Append to OUT the traits of RQ's members LO to HI - 1: without WANTED,
 * what is looked for (their quoted runs, short fragments and short
 * quotations); with it, where it is looked for (their runs of WANTED's
 * keys). */
static void
quote_traits (ReportedQuotes *rq, guint lo, guint hi, const KeySet *wanted, GArray *out)
{
  GArray *w = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint i = lo; i < hi; i++)
    {
      CgAssertion *a = g_ptr_array_index (rq->as, i);
      guint ci = rq->claim_of[i];
      if (!rq->who_of[i] || rq->claim_size[ci] < 2 || a->text == NULL)
        continue;
      if (wanted)
        {
          add_quoted_runs (a->text, a->kind != CG_KIND_MIXED, ci, i, rq->run, rq->short_min, out, wanted);
          continue;
        }
      gboolean quote = a->kind == CG_KIND_DIRECT || a->kind == CG_KIND_MIXED || rq->quoting[i];
      if (quote)
        add_quoted_runs (a->text, a->kind != CG_KIND_MIXED, ci, i, rq->run, 0, out, NULL);
      if (a->kind == CG_KIND_MIXED && rq->short_frag > 0)
        add_short_fragments (a->text, ci, i, rq->short_frag, rq->run, out);
      if (a->kind == CG_KIND_DIRECT && rq->short_min > 0)
        {
          g_array_set_size (w, 0);
          word_hashes (a->text, w);
          if (w->len >= rq->short_min && w->len < rq->run)
            {
              Trait t = { ci, i, fnv (words_hash ((const guint64 *) w->data, w->len), "q", 1) };
              g_array_append_val (out, t);
            }
        }
    }
  g_array_unref (w);
}

/* Members a piece: about 64 pieces a pass, at most 4,096 members (the
 * whole corpus: about 300), at least 64 (the seeds: 6). */
static guint
quote_piece (guint n)
{
  return CLAMP (n / 64, 64, 4096);
}

/* Take and do the pieces of pass P while there are any; RQ's lock held
 * (released while a piece is done). */
static void
quote_pieces (ReportedQuotes *rq, guint p)
{
  while (rq->next[p] < rq->pieces)
    {
      guint k = rq->next[p]++;
      const KeySet *wanted = p ? rq->wanted : NULL;
      g_mutex_unlock (&rq->lock);
      GArray *out = g_array_new (FALSE, FALSE, sizeof (Trait));
      quote_traits (rq, k * rq->piece, MIN (rq->n, (k + 1) * rq->piece), wanted, out);
      g_mutex_lock (&rq->lock);
      rq->out[p][k] = out;
      if (++rq->done[p] == rq->pieces)
        g_cond_broadcast (&rq->cond);
    }
}

/* Help RQ's passes until no piece is left to take. */
static void
quote_help (ReportedQuotes *rq)
{
  g_mutex_lock (&rq->lock);
  for (;;)
    {
      guint p = rq->pass;
      if (p >= 2)
        break;
      quote_pieces (rq, p);
      if (p == 1)
        break;
      while (rq->pass == p)
        g_cond_wait (&rq->cond, &rq->lock);
    }
  g_mutex_unlock (&rq->lock);
}

static gpointer
quote_help_thread (gpointer data)
{
  quote_help (data);
  return NULL;
}

/* Let the helpers take pass P's pieces (quote_traits() with WANTED in
 * pass 1). */
static void
quote_open (ReportedQuotes *rq, guint p, const KeySet *wanted)
{
  g_mutex_lock (&rq->lock);
  rq->wanted = wanted;
  rq->pass = p;
  g_cond_broadcast (&rq->cond);
  g_mutex_unlock (&rq->lock);
}

/* The traits of pass P, its pieces left taken here: the pieces in member
 * order, as one thread would give them.  Returns a new array. */
static GArray *
quote_gather (ReportedQuotes *rq, guint p)
{
  g_mutex_lock (&rq->lock);
  quote_pieces (rq, p);
  while (rq->done[p] < rq->pieces)
    g_cond_wait (&rq->cond, &rq->lock);
  g_mutex_unlock (&rq->lock);
  GArray *all = g_array_new (FALSE, FALSE, sizeof (Trait));
  for (guint k = 0; k < rq->pieces; k++)
    {
      g_array_append_vals (all, rq->out[p][k]->data, rq->out[p][k]->len);
      g_array_unref (rq->out[p][k]);
    }
  g_free (rq->out[p]);
  rq->out[p] = NULL;
  return all;
}

static gpointer
reported_quote_pairs (gpointer data)
{
  ReportedQuotes *rq = data;
  rq->pairs = g_array_new (FALSE, FALSE, sizeof (guint));
  GThread *helper = g_thread_new ("cg-score-quotes", quote_help_thread, rq);
  quote_open (rq, 0, NULL);
  GArray *quoted = quote_gather (rq, 0);   /* what is looked for */
  /* A run no quotation holds can match nothing: only runs whose key some
   * quoted trait has are kept (all of them were sorted before). */
  KeySet wanted;
  keyset_init (&wanted, quoted);
  quote_open (rq, 1, &wanted);
  sort_traits (quoted);   /* while the helpers begin the next pass */
  GArray *said = quote_gather (rq, 1);   /* where it is looked for */
  g_mutex_lock (&rq->lock);
  rq->pass = 2;
  rq->wanted = NULL;
  g_cond_broadcast (&rq->cond);
  g_mutex_unlock (&rq->lock);
  g_thread_join (helper);
  g_free (wanted.slots);
  sort_traits (said);
  guint q = 0;
  for (guint k = 0; k < said->len; k++)
    {
      Trait *x = &g_array_index (said, Trait, k);
      while (q < quoted->len)
        {
          Trait *y = &g_array_index (quoted, Trait, q);
          if (y->claim > x->claim || (y->claim == x->claim && y->key >= x->key))
            break;
          q++;
        }
      for (guint j = q; j < quoted->len; j++)
        {
          Trait *y = &g_array_index (quoted, Trait, j);
          if (y->claim != x->claim || y->key != x->key)
            break;
          if (y->member != x->member)
            {
              guint pair[2] = { x->member, y->member };
              g_array_append_vals (rq->pairs, pair, 2);
              break;
            }
        }
    }
  g_array_unref (quoted);
  g_array_unref (said);
  return NULL;
}

/* Join in VPARENT the pairs RQ found; free them. */
static void
join_reported_quotes (ReportedQuotes *rq, guint *vparent)
{
  for (guint k = 0; k + 1 < rq->pairs->len; k += 2)
    join_voices (vparent, g_array_index (rq->pairs, guint, k), g_array_index (rq->pairs, guint, k + 1),
                 "quote_run_words", "one says the other's quoted words again");
  g_array_unref (rq->pairs);
}

/* Which claims have two voices or more so far (members with a speaker
 * whose voice roots differ): a flag per claim, freed by the caller.  Only
 * those have copies or relays left to find: most claims of two members
 * are one voice already. */
static gboolean *
claims_of_two_voices (guint n, const guint *claim_of, const guint *claim_size, const char **who_of, guint *vparent)
{
  guint nclaims = 0;
  for (guint i = 0; i < n; i++)
    nclaims = MAX (nclaims, claim_of[i] + 1);
  guint *first_root = g_new0 (guint, nclaims);   /* root + 1 */
  gboolean *voices2 = g_new0 (gboolean, nclaims);
  for (guint i = 0; i < n; i++)
    {
      guint ci = claim_of[i];
      if (!who_of[i] || claim_size[ci] < 2 || voices2[ci])
        continue;
      guint r = uf_find (vparent, i) + 1;
      if (first_root[ci] == 0)
        first_root[ci] = r;
      else if (first_root[ci] != r)
        voices2[ci] = TRUE;
    }
  g_free (first_root);
  return voices2;
}

/* Reworded copies: two members of a claim in different articles whose
 * surroundings (the assertions of other sentences within WINDOW
 * assertions before or after each, as SHINGLE-word runs) share SHARE of
 * the smaller surroundings' runs, at least MIN_RUNS of them, come from
 * one text: a wire story reprinted with small edits, one outlet's
 * paragraph rewritten by its own reporter.  One voice, whatever the
 * sentence's own words.  A run shared by more than MAX_GROUP members of a
 * claim says nothing of any pair. */
#define CONTEXT_MAX_GROUP 64

static void
join_same_surroundings (GPtrArray *as, guint n, const guint *claim_of, const guint *claim_size, const char **who_of,
                        const guint *art_of, guint *vparent, guint window, guint shingle, double share, guint min_runs)
{
  if (window == 0 || shingle == 0 || share <= 0)
    return;
  gboolean *voices2 = claims_of_two_voices (n, claim_of, claim_size, who_of, vparent);
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Trait));
  GArray *w = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (!who_of[i] || claim_size[claim_of[i]] < 2 || !voices2[claim_of[i]])
        continue;
      guint lo = i >= window ? i - window : 0, hi = MIN (n - 1, i + window);
      for (guint j = lo; j <= hi; j++)
        {
          CgAssertion *b = g_ptr_array_index (as, j);
          if (j == i || art_of[j] != art_of[i] || b->sentence == a->sentence || b->text == NULL)
            continue;
          g_array_set_size (w, 0);
          word_hashes (b->text, w);
          for (guint k = 0; k + shingle <= w->len; k++)
            {
              Trait t = { claim_of[i], i, fnv (words_hash (&g_array_index (w, guint64, k), shingle), "x", 1) };
              g_array_append_val (runs, t);
            }
        }
    }
  g_array_unref (w);
  g_free (voices2);
  sort_traits (runs);
  /* distinct runs per member, and runs shared per pair of members */
  GHashTable *size = g_hash_table_new (NULL, NULL);
  GHashTable *pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GArray *group = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint k = 0; k < runs->len;)
    {
      Trait *x = &g_array_index (runs, Trait, k);
      guint e = k;
      g_array_set_size (group, 0);
      for (; e < runs->len; e++)
        {
          Trait *y = &g_array_index (runs, Trait, e);
          if (y->claim != x->claim || y->key != x->key)
            break;
          if (group->len == 0 || g_array_index (group, guint, group->len - 1) != y->member)
            {
              g_array_append_val (group, y->member);
              gpointer key = GUINT_TO_POINTER (y->member + 1);
              g_hash_table_insert (size, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (size, key)) + 1));
            }
        }
      if (group->len <= CONTEXT_MAX_GROUP)
        for (guint p = 0; p < group->len; p++)
          for (guint q = p + 1; q < group->len; q++)
            {
              guint u = g_array_index (group, guint, p), v = g_array_index (group, guint, q);
              if (art_of[u] == art_of[v])
                continue;
              gint64 pk = ((gint64) u << 32) | v;
              gint64 *cnt = g_hash_table_lookup (pairs, &pk);
              if (cnt == NULL)
                {
                  gint64 *key = g_new (gint64, 2);
                  key[0] = pk;
                  key[1] = 0;
                  g_hash_table_insert (pairs, key, key);
                  cnt = key;
                }
              cnt[1]++;
            }
      k = e;
    }
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, pairs);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      gint64 *pk = key;
      guint u = (guint) (pk[0] >> 32), v = (guint) (pk[0] & 0xffffffff);
      guint su = GPOINTER_TO_UINT (g_hash_table_lookup (size, GUINT_TO_POINTER (u + 1)));
      guint sv = GPOINTER_TO_UINT (g_hash_table_lookup (size, GUINT_TO_POINTER (v + 1)));
      if (pk[1] >= min_runs && (double) pk[1] >= share * MIN (su, sv))
        join_voices (vparent, u, v, "context_copy_share", "the sentences around them share %" G_GINT64_FORMAT " runs of words",
                     pk[1]);
    }
  g_array_unref (group);
  g_hash_table_unref (pairs);
  g_hash_table_unref (size);
  g_array_unref (runs);
}

static GPtrArray *printed_words (const char *text);

/* One source under two names.  Within a claim, the speaker of a member
 * that is no person (an organization, a document, an anonymous source) or
 * is named with a poll word (POLL_WORDS: "A new Fox News poll"), and
 * another speaker whose names share a capitalized word of three letters
 * or more that is no poll word or date (NOT_NAMES) are one voice: "Fox
 * News poll released Monday", "Last May Gallup" / "a September 2015 Gallup
 * poll", "A Harvard spokesperson" / "A representative for Harvard"; so
 * are two documents of reported speech with one head noun, not a poll
 * ("the indictment" / "The 24-page indictment"), and a name and its initials
 * ("NRA" / "National Rifle Association").
 * The registry keeps such descriptions apart. */
static void
join_same_source (CgCorpus *corpus, GPtrArray *as, guint n, const guint *claim_of, const guint *claim_size,
                  const char **who_of, guint *vparent, GHashTable *poll_words, GHashTable *not_names)
{
  GArray *names = g_array_new (FALSE, FALSE, sizeof (Trait));   /* key: a name word (even) or initials (odd) */
  gboolean *open = g_new0 (gboolean, n);   /* joins anyone sharing a name word */
  gboolean *caps = g_new0 (gboolean, n);   /* named in initials: joins a name of those initials */
  GString *initials = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (!who_of[i] || claim_size[claim_of[i]] < 2)
        continue;
      CgAssertion *a = g_ptr_array_index (as, i);
      CgSpeaker *s = cg_corpus_speaker (corpus, a->speaker_id ? a->speaker_id : who_of[i]);
      if (s == NULL || s->name == NULL)
        continue;
      open[i] = s->kind != CG_SPEAKER_PERSON;
      GPtrArray *words = printed_words (s->name);
      g_string_truncate (initials, 0);
      for (guint k = 0; k < words->len; k++)
        {
          const char *w = g_ptr_array_index (words, k);
          char *fold = g_utf8_casefold (w, -1);
          gboolean upper = g_unichar_isupper (g_utf8_get_char (w));
          if (upper)
            g_string_append_unichar (initials, g_unichar_toupper (g_utf8_get_char (w)));
          if (g_hash_table_contains (poll_words, fold))
            open[i] = TRUE;
          else if (upper && g_utf8_strlen (w, -1) >= 3 && !g_hash_table_contains (not_names, fold))
            {
              Trait t = { claim_of[i], i, trait_key ('p', fold) & ~G_GUINT64_CONSTANT (1) };
              g_array_append_val (names, t);
            }
          /* a name written in initials */
          if (words->len == 1 && strlen (w) >= 2)
            {
              caps[i] = TRUE;
              for (const char *c = w; *c; c++)
                caps[i] = caps[i] && g_ascii_isupper (*c);
              if (caps[i])
                {
                  Trait t = { claim_of[i], i, trait_key ('a', w) | 1 };
                  g_array_append_val (names, t);
                }
            }
          g_free (fold);
        }
      /* the head noun of a description ("the indictment" / "The 24-page
       * indictment"), of reported speech only: outlets' names ending in
       * "News" speak for themselves */
      if (s->kind == CG_SPEAKER_DOCUMENT && a->kind != CG_KIND_AUTHOR && words->len > 0)
        {
          char *fold = g_utf8_casefold (g_ptr_array_index (words, words->len - 1), -1);
          if (!g_hash_table_contains (poll_words, fold))
            {
              Trait t = { claim_of[i], i, trait_key ('h', fold) & ~G_GUINT64_CONSTANT (1) };
              g_array_append_val (names, t);
            }
          g_free (fold);
        }
      if (words->len >= 2 && initials->len >= 2)
        {
          Trait t = { claim_of[i], i, trait_key ('a', initials->str) | 1 };
          g_array_append_val (names, t);
        }
      g_ptr_array_unref (words);
    }
  g_string_free (initials, TRUE);
  sort_traits (names);
  for (guint k = 0, e; k < names->len; k = e)
    {
      Trait *x = &g_array_index (names, Trait, k);
      guint joiner = G_MAXUINT;
      for (e = k; e < names->len; e++)
        {
          Trait *y = &g_array_index (names, Trait, e);
          if (y->claim != x->claim || y->key != x->key)
            break;
          if (joiner == G_MAXUINT && ((x->key & 1) ? caps[y->member] : open[y->member]))
            joiner = y->member;
        }
      if (e - k < 2)
        continue;
      if (joiner != G_MAXUINT)
        for (guint j = k; j < e; j++)
          join_voices (vparent, joiner, g_array_index (names, Trait, j).member, "poll_one_source",
                       (x->key & 1) ? "one source's name and its initials (mentions '%s', '%s')"
                                    : "one source's names sharing a capitalized word or a document's head noun "
                                      "(mentions '%s', '%s')",
                       mention_of (as, joiner), mention_of (as, g_array_index (names, Trait, j).member));
    }
  g_free (open);
  g_free (caps);
  g_array_unref (names);
}

/* Is the voice of member I's speaker named in its text, rather than only
 * read into a pronoun (PRONOUNS)?  An author claim is its author's; a
 * source mention "she", "we" or "he" was resolved by the engine, and a
 * misread one ("Jan Psaki" for Jen Psaki, Obama's words given to "we")
 * would make one speaker two. */
static gboolean
speaker_named (const CgAssertion *a, GHashTable *pronouns)
{
  if (a->kind == CG_KIND_AUTHOR || a->source_text == NULL || *a->source_text == '\0')
    return TRUE;
  char *m = mention_key (a->source_text);
  gboolean named = *m && !g_hash_table_contains (pronouns, m);
  g_free (m);
  return named;
}

/* Does member A, spoken by WHO, name its origin when WHO is a document,
 * or (DETERMINERS not NULL) an organization or an anonymous speaker whose
 * mention opens with a word of DETERMINERS ("the company", "his
 * administration", "the president")?
 * Its source mention must hold a capitalized word that is no stopword
 * (STOPWORDS, casefolded): "the Steele dossier", "Rosenstein's memo" do;
 * "the report", "a statement", "The 24-page indictment" do not: the
 * article names that document's author elsewhere, or nowhere, and two
 * such mentions of two articles may be one report.  Other speakers
 * always do. */
static gboolean
document_named (CgCorpus *corpus, const CgAssertion *a, const char *who, GHashTable *stopwords,
                GHashTable *determiners)
{
  const CgSpeaker *s = cg_corpus_speaker (corpus, who);
  if (s == NULL || a->kind == CG_KIND_AUTHOR || a->source_text == NULL)
    return TRUE;
  gboolean unnamed_body = determiners != NULL
                          && (s->kind == CG_SPEAKER_ORGANIZATION || s->kind == CG_SPEAKER_ANONYMOUS);
  if (s->kind != CG_SPEAKER_DOCUMENT && !unnamed_body)
    return TRUE;
  GPtrArray *w = printed_words (a->source_text);
  if (s->kind != CG_SPEAKER_DOCUMENT)
    {
      /* only a body the article has named before: "the company", "his
       * administration"; "police", "officials" name no one in particular */
      gboolean anaphor = FALSE;
      if (w->len > 0)
        {
          char *fold = g_utf8_casefold (g_ptr_array_index (w, 0), -1);
          anaphor = g_hash_table_contains (determiners, fold);
          g_free (fold);
        }
      if (!anaphor)
        {
          g_ptr_array_unref (w);
          return TRUE;
        }
    }
  gboolean named = FALSE;
  for (guint k = 0; !named && k < w->len; k++)
    {
      const char *word = g_ptr_array_index (w, k);
      if (!g_unichar_isupper (g_utf8_get_char (word)))
        continue;
      /* "The US": a stopword in capitals is an initialism */
      gboolean capitals = g_utf8_strlen (word, -1) >= 2;
      for (const char *c = word; capitals && *c; c = g_utf8_next_char (c))
        capitals = !g_unichar_islower (g_utf8_get_char (c));
      char *fold = g_utf8_casefold (word, -1);
      named = capitals || !g_hash_table_contains (stopwords, fold);
      g_free (fold);
    }
  g_ptr_array_unref (w);
  return named;
}

/* The Jaccard index of the word sets of X and Y. */
static double
words_jaccard (const char *x, const char *y, GArray *wx, GArray *wy)
{
  g_array_set_size (wx, 0);
  g_array_set_size (wy, 0);
  word_hashes (x, wx);
  word_hashes (y, wy);
  sort_u64 (wx);
  sort_u64 (wy);
  guint i = 0, j = 0, common = 0, nx = 0, ny = 0;
  const guint64 *a = (const guint64 *) wx->data, *b = (const guint64 *) wy->data;
  while (i < wx->len || j < wy->len)
    {
      if (j >= wy->len || (i < wx->len && a[i] < b[j]))
        {
          nx++;
          for (guint64 v = a[i]; i < wx->len && a[i] == v; i++);
        }
      else if (i >= wx->len || b[j] < a[i])
        {
          ny++;
          for (guint64 v = b[j]; j < wy->len && b[j] == v; j++);
        }
      else
        {
          common++;
          for (guint64 v = a[i]; i < wx->len && a[i] == v; i++);
          for (guint64 v = b[j]; j < wy->len && b[j] == v; j++);
        }
    }
  guint all = nx + ny + common;
  return all ? (double) common / all : 0;
}

/* The words of TEXT as printed, split as word_hashes() splits them.
 * Returns a new array of new strings. */
static GPtrArray *
printed_words (const char *text)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = p && *p ? g_utf8_get_char (p) : 0;
      if (c == '\'' || c == 0x2019)
        continue;
      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (word->len > 0)
        g_ptr_array_add (out, g_strdup (word->str));
      g_string_truncate (word, 0);
      if (c == 0)
        break;
    }
  g_string_free (word, TRUE);
  return out;
}

/* The printed words of a source mention, with a possessive's "'s" cut
 * when POSSESSIVE: "Rosenstein's memo" names Rosenstein, whose voice it
 * is.  (Only for a speaker that is no person: "Reade's brother, Collin
 * Moulton" is a witness of his own.) */
static gboolean
is_person (const CgSpeaker *s)
{
  return s != NULL && (s->kind == CG_SPEAKER_PERSON || s->kind == CG_SPEAKER_AUTHOR);
}

static GPtrArray *
mention_words (const char *text, gboolean possessive)
{
  if (!possessive)
    return printed_words (text);
  GString *cut = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *q = g_utf8_next_char (p);
      if ((c == '\'' || c == 0x2019) && (*q == 's' || *q == 'S') && !g_unichar_isalnum (g_utf8_get_char (q + 1)))
        {
          g_string_append_c (cut, ' ');
          p = q;
          continue;
        }
      g_string_append_unichar (cut, c);
    }
  GPtrArray *words = printed_words (cut->str);
  g_string_free (cut, TRUE);
  return words;
}

/* What tells two texts' words apart beyond their share: add to MARKS
 * each word of TEXT that names or counts something, a figure, a number
 * word (NUMBERS) or a capitalized word after the first (a name, cut to
 * its first NAME_STEM letters so that "Russia" and "Russian" are one),
 * and to STEMS each of its words so cut; add to YEARS each year
 * (1900-2099) it names.  Returns whether TEXT holds a pronoun (PRONOUNS),
 * whose referent two speakers' texts do not share. */
#define NAME_STEM 5

static gboolean
mark_words (const char *text, GHashTable *numbers, GHashTable *pronouns, GHashTable *marks, GHashTable *stems,
            GHashTable *years)
{
  GPtrArray *words = printed_words (text);
  gboolean pronoun = FALSE;
  for (guint k = 0; k < words->len; k++)
    {
      const char *w = g_ptr_array_index (words, k);
      char *fold = g_utf8_casefold (w, -1);
      gboolean digit = g_ascii_isdigit (*w);
      if (g_hash_table_contains (pronouns, fold))
        pronoun = TRUE;
      if (digit && strlen (w) == 4 && (strncmp (w, "19", 2) == 0 || strncmp (w, "20", 2) == 0))
        g_hash_table_add (years, g_strdup (w));
      if (digit || g_hash_table_contains (numbers, fold))
        {
          g_hash_table_add (marks, g_strdup (fold));
          g_hash_table_add (stems, fold);
          continue;
        }
      char *stem = g_utf8_substring (fold, 0, MIN (NAME_STEM, g_utf8_strlen (fold, -1)));
      g_free (fold);
      if (k > 0 && g_unichar_isupper (g_utf8_get_char (w)))
        g_hash_table_add (marks, g_strdup (stem));
      g_hash_table_add (stems, stem);
    }
  g_ptr_array_unref (words);
  return pronoun;
}

/* Does a mark of one text (MARKS_X, MARKS_Y) stand in no word (STEMS_Y,
 * STEMS_X) of the other? */
static gboolean
marks_differ (GHashTable *marks_x, GHashTable *stems_x, GHashTable *marks_y, GHashTable *stems_y)
{
  GHashTableIter it;
  gpointer key;
  for (int side = 0; side < 2; side++)
    {
      g_hash_table_iter_init (&it, side ? marks_y : marks_x);
      while (g_hash_table_iter_next (&it, &key, NULL))
        if (!g_hash_table_contains (side ? stems_x : stems_y, key))
          return TRUE;
    }
  return FALSE;
}

/* Do sets X and Y of strings differ?  With COMMON, do they share one? */
static gboolean
sets_meet (GHashTable *x, GHashTable *y, gboolean common)
{
  GHashTableIter it;
  gpointer key;
  for (int side = 0; side < 2; side++)
    {
      g_hash_table_iter_init (&it, side ? y : x);
      while (g_hash_table_iter_next (&it, &key, NULL))
        if (g_hash_table_contains (side ? x : y, key) == common)
          return TRUE;
      if (common)
        break;
    }
  return FALSE;
}

/* Is reported speech A a piece of a sentence, opening with a word of
 * OPENERS ("[agreed] to plead guilty to ...", "[asked] about his
 * campaign's contacts"), whose subject is not in it, so two speakers'
 * pieces need not be about one subject?  (An author claim or a quotation
 * is a sentence: "For years the Kremlin has ...".) */
static gboolean
opens_fragment (const CgAssertion *a, GHashTable *openers)
{
  if (a->text == NULL || (a->kind != CG_KIND_INDIRECT && a->kind != CG_KIND_MIXED))
    return FALSE;
  const char *text = a->text, *end = text;
  while (*end && (g_ascii_isalpha (*end) || (guchar) *end >= 0x80))
    end++;
  if (end == text)
    return FALSE;
  char *fold = g_utf8_casefold (text, end - text);
  gboolean is = g_hash_table_contains (openers, fold);
  g_free (fold);
  return is;
}

/* Are persons X and Y (speaker ids) named with one surname (the last word
 * of each name: "Jen Psaki" / "Jan Psaki", "Donald John Trump" / "Ivanka
 * Trump")?  A misspelt or mixed-up name, or one family speaking as one. */
static gboolean
same_family (CgCorpus *corpus, const char *x, const char *y)
{
  CgSpeaker *a = cg_corpus_speaker (corpus, x), *b = cg_corpus_speaker (corpus, y);
  if (a == NULL || b == NULL || a->name == NULL || b->name == NULL || a->kind != CG_SPEAKER_PERSON
      || b->kind != CG_SPEAKER_PERSON)
    return FALSE;
  const char *la = strrchr (a->name, ' '), *lb = strrchr (b->name, ' ');
  return la && lb && g_utf8_collate (la, lb) == 0;
}

static gboolean
is_quotation (const CgAssertion *a)
{
  return a->kind == CG_KIND_DIRECT || a->kind == CG_KIND_MIXED;
}

/* Is reported speech A a demand or a plan, an infinitive within its
 * first WORDS words ("[urged] Trump to drop out of the race", "[called
 * on] the Justice Department to appoint a special prosecutor")?  Two
 * speakers wanting one thing corroborate no fact. */
static gboolean
states_demand (const CgAssertion *a, guint words)
{
  if (a->text == NULL || words == 0 || (a->kind != CG_KIND_INDIRECT && a->kind != CG_KIND_MIXED))
    return FALSE;
  GPtrArray *w = printed_words (a->text);
  gboolean is = FALSE;
  for (guint k = 1; !is && k < MIN (w->len, words + 1); k++)
    is = g_ascii_strcasecmp (g_ptr_array_index (w, k), "to") == 0;
  g_ptr_array_unref (w);
  return is;
}

/* Is SPEAKER (an id) the outlet OUTLET, or a part of its name, or its
 * initials ("Journal" / "Wall Street Journal - News", "AP" / "Associated
 * Press")?  A member of another outlet citing it reports its story. */
static gboolean
names_outlet (CgCorpus *corpus, const char *speaker, const char *outlet)
{
  CgSpeaker *s = cg_corpus_speaker (corpus, speaker);
  if (s == NULL || s->name == NULL || outlet == NULL)
    return FALSE;
  GPtrArray *sw = printed_words (s->name), *ow = printed_words (outlet);
  GString *initials = g_string_new (NULL);
  gboolean all = sw->len > 0;
  for (guint k = 0; k < ow->len; k++)
    {
      const char *w = g_ptr_array_index (ow, k);
      if (g_unichar_isupper (g_utf8_get_char (w)))
        g_string_append_unichar (initials, g_utf8_get_char (w));
    }
  for (guint j = 0; all && j < sw->len; j++)
    {
      const char *w = g_ptr_array_index (sw, j);
      gboolean found = FALSE;
      for (guint k = 0; !found && k < ow->len; k++)
        found = g_utf8_collate (w, g_ptr_array_index (ow, k)) == 0;
      all = found;
    }
  gboolean is = all || (sw->len == 1 && initials->len >= 2 && strcmp (g_ptr_array_index (sw, 0), initials->str) == 0);
  g_string_free (initials, TRUE);
  g_ptr_array_unref (sw);
  g_ptr_array_unref (ow);
  return is;
}

/* Does MENTION, a speaker as printed, name OUTLET as the speaker's house
 * ("Bradley Jones, a research associate at Pew Research Center"): the
 * outlet's name, cut before " (" or " - " ("New York Times - News"), in
 * it as whole words? */
static gboolean
mention_names_outlet (const char *mention, const char *outlet)
{
  if (mention == NULL || outlet == NULL || *outlet == '\0')
    return FALSE;
  gsize len = strlen (outlet);
  const char *cut = strstr (outlet, " (");
  if (cut && (gsize) (cut - outlet) < len)
    len = cut - outlet;
  cut = strstr (outlet, " - ");
  if (cut && (gsize) (cut - outlet) < len)
    len = cut - outlet;
  char *name = g_strndup (outlet, len);
  gboolean found = FALSE;
  for (const char *p = mention; !found && (p = strstr (p, name)) != NULL; p++)
    found = (p == mention || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[len]);
  g_free (name);
  return found;
}

/* Do the word hashes NEEDLE (N words) stand in a row in HAY? */
static gboolean
words_within (const guint64 *needle, guint n, GArray *hay)
{
  for (guint k = 0; n > 0 && k + n <= hay->len; k++)
    if (memcmp (&g_array_index (hay, guint64, k), needle, n * sizeof (guint64)) == 0)
      return TRUE;
  return FALSE;
}

/* Does some quoted fragment of mixed member A, of MIN words or more, stand
 * whole in B's words ("the Easter bloodshed an \u201cattack on
 * humanity\u201d" / "The attacks on tourists ... are an attack on
 * humanity")?  Then A reports B's utterance. */
typedef struct {
  GArray  *in;
  guint    min;
  gboolean found;
} FragmentIn;

static void
fragment_in (GArray *w, gpointer data)
{
  FragmentIn *f = data;
  if (!f->found && w->len >= f->min)
    f->found = words_within ((const guint64 *) (gpointer) w->data, w->len, f->in);
}

static gboolean
quotes_fragment_of (const CgAssertion *a, const CgAssertion *b, guint min)
{
  if (a->kind != CG_KIND_MIXED || a->text == NULL || b->text == NULL || min == 0)
    return FALSE;
  FragmentIn f = { g_array_new (FALSE, FALSE, sizeof (guint64)), min, FALSE };
  word_hashes (b->text, f.in);
  each_quoted_fragment (a->text, FALSE, fragment_in, &f);
  g_array_unref (f.in);
  return f.found;
}

/* Does reported speech or a quotation A name B's source in its text, two
 * words of B's source mention in a row ("More than 10 children were among
 * the dead citing the regional president in Nice" / "Regional President
 * Christian Estrosi"; the NTSB's "NTSB confirms preliminary data shows
 * ..." / "Preliminary data")?  Then A relays B's source, no second one. */
static gboolean
cites_source (const CgAssertion *a, const CgAssertion *b)
{
  if (a->text == NULL || b->source_text == NULL || a->kind == CG_KIND_AUTHOR)
    return FALSE;
  GArray *in = g_array_new (FALSE, FALSE, sizeof (guint64)), *m = g_array_new (FALSE, FALSE, sizeof (guint64));
  word_hashes (a->text, in);
  word_hashes (b->source_text, m);
  gboolean found = FALSE;
  for (guint j = 0; !found && j + 2 <= m->len; j++)
    found = words_within (&g_array_index (m, guint64, j), 2, in);
  g_array_unref (in);
  g_array_unref (m);
  return found;
}

/* Does TEXT hold a word of EVENT_WORDS ("Tuesday", "today", "week"):
 * a time told from its article's date, so the text is one event of
 * those days ("Impeachment proceedings ... dominated headlines all week"
 * in September and in December are two weeks)? */
static gboolean
tells_event_time (const char *text, GHashTable *event_words)
{
  GPtrArray *w = printed_words (text);
  gboolean is = FALSE;
  for (guint k = 0; !is && k < w->len; k++)
    {
      char *fold = g_utf8_casefold (g_ptr_array_index (w, k), -1);
      is = g_hash_table_contains (event_words, fold);
      g_free (fold);
    }
  g_ptr_array_unref (w);
  return is;
}

/* ---- origins: who a member's words come from ---------------------------
 *
 * A speaker id per member is not its origin.  An author's sentence that
 * is, word for word, a quotation printed in the same article (a tweet
 * embedded and quoted, "DACA was abandoned by the Democrats.") is the
 * quoted speaker's; a source mention right after a telling cue ("...,
 * his wife told the St. Louis Post-Dispatch") is the hearer, not who
 * spoke; and a member naming the speaker of another voice of its claim
 * ("Ramirez alleged in The New Yorker that Kavanaugh ...") relays that
 * speaker or is about him: an accused is no supporter of the allegation,
 * an outlet no second voice beside the source who told it. */

typedef struct {
  const guint64 *needle;
  guint          n;
  gboolean       found;
} WordsIn;

static void
words_in_fragment (GArray *w, gpointer data)
{
  WordsIn *f = data;
  if (!f->found)
    f->found = words_within (f->needle, f->n, w);
}

/* The speaker of a quotation (a direct member, or a quoted fragment of a
 * mixed one) of author claim I's article (AS[LO..HI], ART_OF) holding all
 * of I's words in a row, I having MIN_WORDS words or more, its index in
 * *AT; NULL for none.  The writer printed that speaker's words. */
static const char *
quoted_origin (GPtrArray *as, guint i, guint lo, guint hi, guint min_words, GArray *w, guint *at)
{
  CgAssertion *a = g_ptr_array_index (as, i);
  g_array_set_size (w, 0);
  word_hashes (a->text, w);
  if (w->len < min_words)
    return NULL;
  /* a quotation without the text's longest ASCII word cannot hold it:
   * one strcasestr() spares splitting most quotations into words (a word
   * next to an apostrophe is no probe: word_hashes() joins "don't" into
   * "dont") */
  char probe[32] = "";
  for (const char *p = a->text; *p;)
    {
      const char *e = p;
      while (g_ascii_isalnum (*e))
        e++;
      gboolean joined = *e == '\'' || (guchar) *e == 0xe2 || (p > a->text && (p[-1] == '\'' || (guchar) p[-1] == 0x99));
      if (!joined && (gsize) (e - p) > strlen (probe) && (gsize) (e - p) < sizeof probe)
        {
          memcpy (probe, p, e - p);
          probe[e - p] = '\0';
        }
      p = *e ? e + 1 : e;
    }
  for (guint j = lo; j < hi; j++)
    {
      CgAssertion *q = g_ptr_array_index (as, j);
      if (j == i || q->speaker_id == NULL || q->text == NULL || !is_quotation (q)
          || (*probe && strcasestr (q->text, probe) == NULL))
        continue;
      WordsIn f = { (const guint64 *) w->data, w->len, FALSE };
      each_quoted_fragment (q->text, q->kind == CG_KIND_DIRECT, words_in_fragment, &f);
      if (f.found)
        {
          *at = j;
          return q->speaker_id;
        }
    }
  return NULL;
}

/* Is A's source mention the hearer of its cue: a word of HEARER_CUES
 * ("told") with the mention right after it, nothing between ("..., his
 * wife, St. Louis police Sgt. Ann Marie Dorn, told the St. Louis
 * Post-Dispatch")?  "was told by X" has "by" between. */
static gboolean
source_is_hearer (const CgAssertion *a, GHashTable *hearer_cues)
{
  if (a->cue_text == NULL || a->source_text == NULL || a->cue.end <= 0 || a->source.start < a->cue.end
      || a->source.start - a->cue.end > 1)
    return FALSE;
  char *fold = g_utf8_casefold (a->cue_text, -1);
  gboolean is = g_hash_table_contains (hearer_cues, g_strstrip (fold));
  g_free (fold);
  return is;
}

/* The one-word cue verbs of cue-verbs.rules [verbs] and their forms (the
 * forms= list, or the lemma with -s, -d and -ed), casefolded: the words
 * after a name that make a sentence report that name's words.  Returns a
 * new table. */
static GHashTable *
cue_forms (CgRules *rules)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *entries = cg_rules_entries (rules, "cue-verbs", "verbs");
  for (guint k = 0; entries && k < entries->len; k++)
    {
      const CgRule *r = g_ptr_array_index (entries, k);
      if (r->n_words != 1)
        continue;
      const char *w = r->words[0];
      g_hash_table_add (set, g_strdup (w));
      const char *forms = cg_rule_attr (r, "forms");
      if (forms)
        {
          char **parts = g_strsplit_set (forms, " \t", -1);
          for (char **p = parts; *p; p++)
            if (**p)
              g_hash_table_add (set, g_utf8_casefold (*p, -1));
          g_strfreev (parts);
          continue;
        }
      g_hash_table_add (set, g_strconcat (w, "s", NULL));
      g_hash_table_add (set, g_strconcat (w, g_str_has_suffix (w, "e") ? "d" : "ed", NULL));
    }
  return set;
}

/* The word of speaker S's name that another text must hold to name it:
 * a person's surname (the last word of the name), another speaker's first
 * capitalized word; of three letters or more and not of NOT_NAMES (dates,
 * stopwords, words of many names).  Returns a new string or NULL. */
static char *
speaker_key_word (const CgSpeaker *s, GHashTable *not_names)
{
  if (s == NULL || s->name == NULL)
    return NULL;
  GPtrArray *words = printed_words (s->name);
  gboolean person = s->kind == CG_SPEAKER_PERSON || s->kind == CG_SPEAKER_AUTHOR;
  char *key = NULL;
  for (guint k = person && words->len ? words->len - 1 : 0; key == NULL && k < words->len; k++)
    {
      const char *w = g_ptr_array_index (words, k);
      if (!g_unichar_isupper (g_utf8_get_char (w)) || g_utf8_strlen (w, -1) < 3)
        continue;
      char *fold = g_utf8_casefold (w, -1);
      if (!g_hash_table_contains (not_names, fold))
        key = g_strdup (w);
      g_free (fold);
    }
  g_ptr_array_unref (words);
  return key;
}

/* Do the printed words W name speaker S (whose key word is KEY)?  A
 * person by the surname, after no capitalized word other than one of its
 * name or a title (TITLES: "Judge Kavanaugh", "Mr Kavanaugh"; "Ivanka
 * Trump" does not name Donald John Trump); another speaker by all the
 * words of its name in a row ("told The New Yorker"). */
static gboolean
words_name_speaker (GPtrArray *w, const CgSpeaker *s, const char *key, GHashTable *titles, guint *after)
{
  gboolean person = s->kind == CG_SPEAKER_PERSON || s->kind == CG_SPEAKER_AUTHOR;
  GPtrArray *name = printed_words (s->name);
  gboolean found = FALSE;
  for (guint k = 0; !found && k < w->len; k++)
    {
      *after = k + 1;
      if (strcmp (g_ptr_array_index (w, k), key) != 0)
        continue;
      if (person)
        {
          const char *prev = k > 0 ? g_ptr_array_index (w, k - 1) : NULL;
          found = prev == NULL || !g_unichar_isupper (g_utf8_get_char (prev));
          for (guint j = 0; !found && j < name->len; j++)
            found = strcmp (prev, g_ptr_array_index (name, j)) == 0;
          if (!found)
            {
              char *fold = g_utf8_casefold (prev, -1);
              found = g_hash_table_contains (titles, fold);
              g_free (fold);
            }
          continue;
        }
      /* the key word is the name's first capitalized one: line the
       * name up on it */
      guint at = 0;
      while (at < name->len && strcmp (g_ptr_array_index (name, at), key) != 0)
        at++;
      if (at >= name->len || k < at || k - at + name->len > w->len)
        continue;
      found = TRUE;
      *after = k - at + name->len;
      for (guint j = 0; found && j < name->len; j++)
        found = g_utf8_collate (g_ptr_array_index (w, k - at + j), g_ptr_array_index (name, j)) == 0
                || g_ascii_strcasecmp (g_ptr_array_index (w, k - at + j), g_ptr_array_index (name, j)) == 0;
    }
  g_ptr_array_unref (name);
  return found;
}

/* Within a claim of two voices or more, a member whose source mention
 * names the speaker of another voice ("its director, Dr. Francis
 * Collins" / "Francis Collins"), or whose text names it right before a
 * word of RELAY_CUES ("Ramirez alleged in an article in The New Yorker
 * that ..."), is one voice with it: it relays that speaker.  A voice
 * whose speaker a member of another voice names otherwise is its subject
 * or its origin ("Another woman, Deborah Ramirez, told The New Yorker";
 * "Kavanaugh exposed himself ..." for Kavanaugh): set NAMED[r] for its
 * root r, no voice of its own.  (Joining these too would make one voice
 * of every reporter naming Trump once Trump speaks in the claim.) */
#define NAMED_MAX_SPEAKERS 8

static void
join_named_speakers (CgCorpus *corpus, GPtrArray *as, guint n, const guint *claim_of, const guint *claim_size,
                     const char **who_of, guint *vparent, GHashTable *titles, GHashTable *not_names,
                     GHashTable *relay_cues, gboolean possessive, gboolean *named)
{
  gboolean *voices2 = claims_of_two_voices (n, claim_of, claim_size, who_of, vparent);
  /* speakers by their key word; members by the capitalized words they print */
  GArray *spk = g_array_new (FALSE, FALSE, sizeof (Trait));
  GArray *txt = g_array_new (FALSE, FALSE, sizeof (Trait));
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);   /* speaker id -> key word */
  for (guint i = 0; i < n; i++)
    {
      if (!who_of[i] || !voices2[claim_of[i]])
        continue;
      if (!g_hash_table_contains (keys, who_of[i]))
        g_hash_table_insert (keys, (gpointer) who_of[i],
                             speaker_key_word (cg_corpus_speaker (corpus, who_of[i]), not_names));
      const char *key = g_hash_table_lookup (keys, who_of[i]);
      if (key)
        {
          Trait t = { claim_of[i], i, trait_key ('k', key) };
          g_array_append_val (spk, t);
        }
      CgAssertion *a = g_ptr_array_index (as, i);
      gboolean owned = possessive && !is_person (cg_corpus_speaker (corpus, who_of[i]));
      for (int part = 0; part < 2; part++)
        {
          const char *text = part ? a->source_text : a->text;
          if (text == NULL)
            continue;
          GPtrArray *w = part ? mention_words (text, owned) : printed_words (text);
          for (guint k = 0; k < w->len; k++)
            {
              const char *word = g_ptr_array_index (w, k);
              if (g_unichar_isupper (g_utf8_get_char (word)))
                {
                  Trait t = { claim_of[i], i, trait_key ('k', word) };
                  g_array_append_val (txt, t);
                }
            }
          g_ptr_array_unref (w);
        }
    }
  g_free (voices2);
  sort_traits (spk);
  sort_traits (txt);
  GArray *subjects = g_array_new (FALSE, FALSE, sizeof (guint));   /* pairs: member, named member */
  guint s0 = 0;
  for (guint k = 0; k < txt->len; k++)
    {
      Trait *x = &g_array_index (txt, Trait, k);
      if (k > 0)
        {
          Trait *p = &g_array_index (txt, Trait, k - 1);
          if (p->claim == x->claim && p->key == x->key && p->member == x->member)
            continue;   /* the same word again */
        }
      while (s0 < spk->len)
        {
          Trait *y = &g_array_index (spk, Trait, s0);
          if (y->claim > x->claim || (y->claim == x->claim && y->key >= x->key))
            break;
          s0++;
        }
      const char *tried[NAMED_MAX_SPEAKERS];
      guint ntried = 0;
      for (guint j = s0; j < spk->len && ntried < NAMED_MAX_SPEAKERS; j++)
        {
          Trait *y = &g_array_index (spk, Trait, j);
          if (y->claim != x->claim || y->key != x->key)
            break;
          if (uf_find (vparent, y->member) == uf_find (vparent, x->member))
            continue;
          const char *who = who_of[y->member];
          gboolean seen = FALSE;
          for (guint t = 0; !seen && t < ntried; t++)
            seen = strcmp (tried[t], who) == 0;
          if (seen)
            continue;
          tried[ntried++] = who;
          CgSpeaker *s = cg_corpus_speaker (corpus, who);
          CgAssertion *a = g_ptr_array_index (as, x->member);
          gboolean owned = possessive && !is_person (cg_corpus_speaker (corpus, who_of[x->member]));
          gboolean in_text = FALSE, relay = FALSE;
          for (int part = 0; !relay && part < 2; part++)
            {
              const char *text = part ? a->source_text : a->text;
              if (text == NULL)
                continue;
              GPtrArray *w = part ? mention_words (text, owned) : printed_words (text);
              guint after = 0;
              if (words_name_speaker (w, s, g_hash_table_lookup (keys, who), titles, &after))
                {
                  in_text = TRUE;
                  relay = part == 1;
                  if (!relay && after < w->len)
                    {
                      char *fold = g_utf8_casefold (g_ptr_array_index (w, after), -1);
                      relay = g_hash_table_contains (relay_cues, fold);
                      g_free (fold);
                    }
                }
              g_ptr_array_unref (w);
            }
          if (relay)
            join_voices (vparent, x->member, y->member, "named_speaker_one_voice",
                         "%s (mention '%s') names %s and relays their words", a->id, mention_of (as, x->member),
                         s && s->name ? s->name : who);
          else if (in_text)
            {
              g_array_append_val (subjects, x->member);
              g_array_append_val (subjects, y->member);
            }
        }
    }
  for (guint k = 0; k + 1 < subjects->len; k += 2)
    {
      guint x = g_array_index (subjects, guint, k), y = g_array_index (subjects, guint, k + 1);
      if (uf_find (vparent, x) != uf_find (vparent, y))
        named[uf_find (vparent, y)] = TRUE;
    }
  g_array_unref (subjects);
  g_hash_table_unref (keys);
  g_array_unref (spk);
  g_array_unref (txt);
}

static int
str_ptr_order (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The content words of NAME: casefolded, of three letters or more, a
 * plural's final "s" dropped ("officials" / "a Commerce official"),
 * without NOT_WORDS (stopwords, dates), sorted and unique.  Returns a new
 * array of new strings. */
static GPtrArray *
name_content_words (const char *name, GHashTable *not_words)
{
  GPtrArray *words = printed_words (name);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < words->len; k++)
    {
      char *fold = g_utf8_casefold (g_ptr_array_index (words, k), -1);
      gsize len = strlen (fold);
      if (g_utf8_strlen (fold, -1) < 3 || g_hash_table_contains (not_words, fold))
        {
          g_free (fold);
          continue;
        }
      if (len > 3 && fold[len - 1] == 's' && fold[len - 2] != 's')
        fold[len - 1] = '\0';
      g_ptr_array_add (out, fold);
    }
  g_ptr_array_unref (words);
  g_ptr_array_sort (out, str_ptr_order);
  guint w = 0;
  for (guint k = 0; k < out->len; k++)
    if (w == 0 || strcmp (g_ptr_array_index (out, k), g_ptr_array_index (out, w - 1)) != 0)
      {
        char *tmp = g_ptr_array_index (out, w);
        out->pdata[w] = out->pdata[k];
        out->pdata[k] = tmp;
        w++;
      }
  g_ptr_array_set_size (out, w);
  return out;
}

/* Are the sorted words X all in the sorted words Y? */
static gboolean
words_subset (GPtrArray *x, GPtrArray *y)
{
  guint j = 0;
  for (guint k = 0; k < x->len; k++)
    {
      while (j < y->len && strcmp (g_ptr_array_index (y, j), g_ptr_array_index (x, k)) < 0)
        j++;
      if (j >= y->len || strcmp (g_ptr_array_index (y, j), g_ptr_array_index (x, k)) != 0)
        return FALSE;
    }
  return x->len > 0;
}

typedef struct {
  guint       claim;
  guint       member;
  const char *who;
} ClaimSpeaker;

static int
claim_speaker_order (gconstpointer pa, gconstpointer pb)
{
  const ClaimSpeaker *a = pa, *b = pb;
  if (a->claim != b->claim)
    return a->claim < b->claim ? -1 : 1;
  int c = strcmp (a->who, b->who);
  if (c != 0)
    return c;
  return a->member < b->member ? -1 : a->member > b->member;
}

/* One source under a fuller name.  Within a claim, two speakers of
 * reported speech that are no persons (organizations, documents,
 * anonymous sources), the content words of one's name all in the
 * other's, are one voice: "the inspector general" / "a Justice
 * Department Inspector General's report", "Officials" / "a Commerce
 * official", "administration" / "Obama administration", "police" /
 * "Portland police department".  The less specific name cannot be told
 * apart from the fuller one.  At most SOURCES_MAX such speakers a claim
 * are compared (pairs). */
#define SOURCES_MAX 32

static void
join_contained_names (CgCorpus *corpus, GPtrArray *as, guint n, const guint *claim_of, const guint *claim_size,
                      const char **who_of, guint *vparent, GHashTable *not_words)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (ClaimSpeaker));
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (!who_of[i] || claim_size[claim_of[i]] < 2 || a->kind == CG_KIND_AUTHOR)
        continue;
      CgSpeaker *s = cg_corpus_speaker (corpus, who_of[i]);
      if (s == NULL || s->name == NULL || s->kind == CG_SPEAKER_PERSON || s->kind == CG_SPEAKER_AUTHOR)
        continue;
      ClaimSpeaker e = { claim_of[i], i, who_of[i] };
      g_array_append_val (list, e);
    }
  g_array_sort (list, claim_speaker_order);
  GPtrArray *firsts = g_ptr_array_new ();                            /* ClaimSpeaker*: one per speaker */
  GPtrArray *names = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint k = 0, e; k < list->len; k = e)
    {
      ClaimSpeaker *x = &g_array_index (list, ClaimSpeaker, k);
      g_ptr_array_set_size (firsts, 0);
      for (e = k; e < list->len && g_array_index (list, ClaimSpeaker, e).claim == x->claim; e++)
        {
          ClaimSpeaker *y = &g_array_index (list, ClaimSpeaker, e);
          if (firsts->len == 0 || strcmp (((ClaimSpeaker *) g_ptr_array_index (firsts, firsts->len - 1))->who, y->who) != 0)
            g_ptr_array_add (firsts, y);
        }
      if (firsts->len < 2 || firsts->len > SOURCES_MAX)
        continue;
      g_ptr_array_set_size (names, 0);
      for (guint p = 0; p < firsts->len; p++)
        g_ptr_array_add (names, name_content_words (cg_corpus_speaker (corpus, ((ClaimSpeaker *) g_ptr_array_index (firsts, p))->who)->name,
                                                    not_words));
      for (guint p = 0; p < firsts->len; p++)
        for (guint q = 0; q < firsts->len; q++)
          if (p != q && words_subset (g_ptr_array_index (names, p), g_ptr_array_index (names, q)))
            join_voices (vparent, ((ClaimSpeaker *) g_ptr_array_index (firsts, p))->member,
                         ((ClaimSpeaker *) g_ptr_array_index (firsts, q))->member, "source_within_source",
                         "every content word of '%s' is in '%s'",
                         cg_corpus_speaker (corpus, ((ClaimSpeaker *) g_ptr_array_index (firsts, p))->who)->name,
                         cg_corpus_speaker (corpus, ((ClaimSpeaker *) g_ptr_array_index (firsts, q))->who)->name);
    }
  g_ptr_array_unref (names);
  g_ptr_array_unref (firsts);
  g_array_unref (list);
}

/* The members of I's article: [*LO, *HI) (an article's assertions are
 * consecutive; ART_OF gives each one's article, N of them). */
static void
article_span (const guint *art_of, guint n, guint i, guint *lo, guint *hi)
{
  *lo = i;
  *hi = i + 1;
  while (*lo > 0 && art_of[*lo - 1] == art_of[i])
    (*lo)--;
  while (*hi < n && art_of[*hi] == art_of[i])
    (*hi)++;
}

/* claim_speaker_order() without the member: any voice of that claim and
 * speaker matches. */
static int
claim_speaker_cmp (const void *pa, const void *pb)
{
  const ClaimSpeaker *a = pa, *b = pb;
  if (a->claim != b->claim)
    return a->claim < b->claim ? -1 : 1;
  return strcmp (a->who, b->who);
}

/* The distinct outlets of the articles ART_IDS.  Returns a new array of
 * the articles' strings. */
static GPtrArray *
corpus_outlets (CgCorpus *corpus, GPtrArray *art_ids)
{
  GPtrArray *outlets = g_ptr_array_new ();
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < art_ids->len; k++)
    {
      CgArticle *d = cg_corpus_article (corpus, g_ptr_array_index (art_ids, k));
      if (d && d->outlet && *d->outlet && g_hash_table_add (seen, d->outlet))
        g_ptr_array_add (outlets, d->outlet);
    }
  g_hash_table_unref (seen);
  return outlets;
}

/* Is speaker WHO a news outlet of the corpus (names_outlet() of one of
 * OUTLETS)?  Answers kept in IS_OUTLET (speaker id -> 1 no, 2 yes). */
static gboolean
speaker_is_outlet (CgCorpus *corpus, const char *who, GPtrArray *outlets, GHashTable *is_outlet)
{
  guint known = GPOINTER_TO_UINT (g_hash_table_lookup (is_outlet, who));
  if (known == 0)
    {
      known = 1;
      CgSpeaker *s = cg_corpus_speaker (corpus, who);
      GPtrArray *w = printed_words (s && s->name ? s->name : "");
      /* names_outlet() needs the first word in the outlet's, or a single
       * word of capitals (initials): most outlets need no closer look */
      const char *first = w->len > 0 ? g_ptr_array_index (w, 0) : NULL;
      gboolean caps = w->len == 1;
      for (const char *p = first; caps && p && *p; p++)
        caps = g_ascii_isupper (*p);
      for (guint k = 0; first && known == 1 && k < outlets->len; k++)
        {
          const char *outlet = g_ptr_array_index (outlets, k);
          if ((caps || strstr (outlet, first)) && names_outlet (corpus, who, outlet))
            known = 2;
        }
      g_ptr_array_unref (w);
      g_hash_table_insert (is_outlet, (gpointer) who, GUINT_TO_POINTER (known));
    }
  return known == 2;
}

/* One origin retold.  Within a claim, an author member whose article
 * reports elsewhere what another voice's speaker says, that speaker being
 * a news outlet of the corpus (anywhere in the article), or another
 * organization or a document within WINDOW sentences of the member,
 * writes from that source: Townhall's article on a New York Times story
 * reprints the Times' "at least one government informant met several
 * times with Mr. Page and Mr. Papadopoulos" without a credit on that
 * sentence, and credits the Times thirty-six sentences on; CNN gives the
 * same words as the Times'.  One voice with that speaker.  (Persons are
 * left out: an article quoting Trump and saying in its own words what
 * Trump did reports the deed, not his words.  An agency or a country
 * cited far from the member is most often cited for something else:
 * "Saudi Arabia" blamed rogue agents six sentences from the BBC's own
 * "Khashoggi was killed ... inside the Saudi consulate".) */
static void
join_cited_sources (CgCorpus *corpus, GPtrArray *as, guint n, const guint *claim_of, const guint *claim_size,
                    const char **who_of, const guint *art_of, GPtrArray *art_ids, guint *vparent, guint window)
{
  /* the counted non-person voices, by claim and speaker */
  GArray *list = g_array_new (FALSE, FALSE, sizeof (ClaimSpeaker));
  gboolean *cited = g_new0 (gboolean, n);   /* per claim: holds such a voice */
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (!who_of[i] || claim_size[claim_of[i]] < 2 || a->kind == CG_KIND_AUTHOR)
        continue;
      CgSpeaker *s = cg_corpus_speaker (corpus, who_of[i]);
      if (s == NULL || (s->kind != CG_SPEAKER_ORGANIZATION && s->kind != CG_SPEAKER_DOCUMENT))
        continue;
      cited[claim_of[i]] = TRUE;
      ClaimSpeaker e = { claim_of[i], i, who_of[i] };
      g_array_append_val (list, e);
    }
  g_array_sort (list, claim_speaker_order);
  GPtrArray *outlets = NULL;
  GHashTable *is_outlet = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n && list->len > 0; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (!who_of[i] || !cited[claim_of[i]] || a->kind != CG_KIND_AUTHOR)
        continue;
      guint lo, hi;
      article_span (art_of, n, i, &lo, &hi);
      for (guint j = lo; j < hi; j++)
        {
          CgAssertion *b = g_ptr_array_index (as, j);
          if (j == i || b->speaker_id == NULL || strcmp (b->speaker_id, who_of[i]) == 0)
            continue;
          ClaimSpeaker want = { claim_of[i], 0, b->speaker_id };
          ClaimSpeaker *m = bsearch (&want, list->data, list->len, sizeof (ClaimSpeaker), claim_speaker_cmp);
          if (m == NULL)
            continue;
          if (outlets == NULL)
            outlets = corpus_outlets (corpus, art_ids);
          guint apart = b->sentence > a->sentence ? b->sentence - a->sentence : a->sentence - b->sentence;
          if (apart <= window || speaker_is_outlet (corpus, b->speaker_id, outlets, is_outlet))
            join_voices (vparent, i, m->member, "cited_source_one_voice",
                         "the author's article cites %s %u sentences away", b->speaker_id, apart);
        }
    }
  g_free (cited);
  g_hash_table_unref (is_outlet);
  if (outlets)
    g_ptr_array_unref (outlets);
  g_array_unref (list);
}

/* Does one of person S's roles end with ROLE (casefolded: "U.S. President"
 * and "President" end with "president")? */
static gboolean
holds_role (const CgSpeaker *s, const char *role)
{
  gsize n = strlen (role);
  for (guint k = 0; s->roles && k < s->roles->len; k++)
    {
      char *fold = g_utf8_casefold (g_ptr_array_index (s->roles, k), -1);
      gsize len = strlen (fold);
      gboolean is = len >= n && strcmp (fold + len - n, role) == 0 && (len == n || fold[len - n - 1] == ' ');
      g_free (fold);
      if (is)
        return TRUE;
    }
  return FALSE;
}

/* An office and its holder: within a claim, a speaker named as an entry
 * of SPEAKS_FOR (linking.rules [speaks_for]: "white house ;
 * roles=president") and a person holding one of its roles are one voice:
 * the White House saying the president will sign an order and the
 * president saying so are one announcement.  Only the first such office
 * of a claim is looked at. */
static void
join_office_holders (CgCorpus *corpus, guint n, const guint *claim_of, const guint *claim_size,
                     const char **who_of, guint *vparent, GPtrArray *speaks_for)
{
  if (speaks_for == NULL || speaks_for->len == 0)
    return;
  guint nclaims = 0;
  for (guint i = 0; i < n; i++)
    nclaims = MAX (nclaims, claim_of[i] + 1);
  guint *office = g_new0 (guint, nclaims);              /* member + 1 */
  const CgRule **rule = g_new0 (const CgRule *, nclaims);
  for (guint i = 0; i < n; i++)
    {
      guint ci = claim_of[i];
      if (!who_of[i] || claim_size[ci] < 2 || office[ci])
        continue;
      CgSpeaker *s = cg_corpus_speaker (corpus, who_of[i]);
      if (s == NULL || s->name == NULL || s->kind == CG_SPEAKER_PERSON || s->kind == CG_SPEAKER_AUTHOR)
        continue;
      char *fold = mention_key (s->name);
      const char *name = g_str_has_prefix (fold, "the ") ? fold + 4 : fold;
      for (guint k = 0; k < speaks_for->len && !office[ci]; k++)
        {
          const CgRule *r = g_ptr_array_index (speaks_for, k);
          if (strcmp (r->phrase, name) == 0 && cg_rule_attr (r, "roles"))
            {
              office[ci] = i + 1;
              rule[ci] = r;
            }
        }
      g_free (fold);
    }
  for (guint i = 0; i < n; i++)
    {
      guint ci = claim_of[i];
      if (!who_of[i] || office[ci] == 0)
        continue;
      CgSpeaker *s = cg_corpus_speaker (corpus, who_of[i]);
      if (s == NULL || (s->kind != CG_SPEAKER_PERSON && s->kind != CG_SPEAKER_AUTHOR))
        continue;
      char **roles = g_strsplit (cg_rule_attr (rule[ci], "roles"), "|", -1);
      gboolean holds = FALSE;
      for (char **p = roles; !holds && *p; p++)
        {
          char *role = g_strstrip (*p);
          holds = *role && holds_role (s, role);
        }
      if (holds)
        join_voices (vparent, office[ci] - 1, i, "speaks_for", "[speaks_for] '%s' roles=%s, one of them in %s's roles",
                     rule[ci]->phrase, cg_rule_attr (rule[ci], "roles"), s->name);
      g_strfreev (roles);
    }
  g_free (office);
  g_free (rule);
}

/* Do words X and Y (casefolded) share their first DESCRIPTION_STEM
 * letters, or are they equal when shorter ("ukrainian" / "ukraine")? */
#define DESCRIPTION_STEM 5

static gboolean
same_stem (const char *x, const char *y)
{
  gsize i = 0;
  while (x[i] && x[i] == y[i] && i < DESCRIPTION_STEM)
    i++;
  return i == DESCRIPTION_STEM || (x[i] == '\0' && y[i] == '\0');
}

/* Word X (casefolded) as the place it is an adjective of in PLACES
 * (linking.rules [place_adjectives]: "french" -> "france"), else X:
 * "France's foreign minister" fits Laurent Fabius, "French Foreign
 * Minister". */
static const char *
place_of (GHashTable *places, const char *x)
{
  const char *place = places ? g_hash_table_lookup (places, x) : NULL;
  return place ? place : x;
}

/* A description and the one person of the claim it fits: "the officer"
 * (Newsmax) and Alexander Vindman (Reuters), "A White House spokesman"
 * and Lindsay Walters, "Obama administration officials" and Jay Carney
 * are one voice within a claim.  The description's head is its last word
 * listed in HEADS (linking.rules [description_heads]: word -> set of
 * role words it fits); a person fits when one of their registry roles
 * holds a role word of that head and each of the description's other
 * content words (not NOT_WORDS; "White House" in "White House
 * spokeswoman").  A description that fits two persons of the claim
 * is left alone: it tells neither. */
static void
join_described_holders (CgCorpus *corpus, guint n, const guint *claim_of, const guint *claim_size,
                        const char **who_of, guint *vparent, GHashTable *heads, GHashTable *not_words,
                        GHashTable *places)
{
  if (g_hash_table_size (heads) == 0)
    return;
  GArray *list = g_array_new (FALSE, FALSE, sizeof (ClaimSpeaker));
  for (guint i = 0; i < n; i++)
    {
      if (!who_of[i] || claim_size[claim_of[i]] < 2)
        continue;
      CgSpeaker *s = cg_corpus_speaker (corpus, who_of[i]);
      if (s == NULL || s->name == NULL || (s->kind != CG_SPEAKER_PERSON && s->kind != CG_SPEAKER_ANONYMOUS))
        continue;
      ClaimSpeaker e = { claim_of[i], i, who_of[i] };
      g_array_append_val (list, e);
    }
  g_array_sort (list, claim_speaker_order);
  GPtrArray *firsts = g_ptr_array_new ();                            /* ClaimSpeaker*: one per speaker */
  for (guint k = 0, e; k < list->len; k = e)
    {
      ClaimSpeaker *x = &g_array_index (list, ClaimSpeaker, k);
      g_ptr_array_set_size (firsts, 0);
      guint persons = 0;
      for (e = k; e < list->len && g_array_index (list, ClaimSpeaker, e).claim == x->claim; e++)
        {
          ClaimSpeaker *y = &g_array_index (list, ClaimSpeaker, e);
          if (firsts->len == 0 || strcmp (((ClaimSpeaker *) g_ptr_array_index (firsts, firsts->len - 1))->who, y->who) != 0)
            {
              g_ptr_array_add (firsts, y);
              persons += cg_corpus_speaker (corpus, y->who)->kind == CG_SPEAKER_PERSON;
            }
        }
      if (persons == 0 || firsts->len < 2 || firsts->len > SOURCES_MAX)
        continue;
      for (guint p = 0; p < firsts->len; p++)
        {
          ClaimSpeaker *d = g_ptr_array_index (firsts, p);
          CgSpeaker *ds = cg_corpus_speaker (corpus, d->who);
          if (ds->kind != CG_SPEAKER_ANONYMOUS)
            continue;
          /* the head: the description's last listed word */
          GPtrArray *dw = printed_words (ds->name);
          GHashTable *fits = NULL;
          char *head = NULL;
          for (guint j = 0; j < dw->len; j++)
            {
              char *fold = g_utf8_casefold (g_ptr_array_index (dw, j), -1);
              gsize len = strlen (fold);
              GHashTable *f = g_hash_table_lookup (heads, fold);
              if (f == NULL && len > 3 && fold[len - 1] == 's' && fold[len - 2] != 's')
                {
                  fold[len - 1] = '\0';
                  f = g_hash_table_lookup (heads, fold);
                }
              if (f)
                {
                  fits = f;
                  g_free (head);
                  head = fold;
                }
              else
                g_free (fold);
            }
          g_ptr_array_unref (dw);
          if (fits == NULL)
            continue;
          /* a possessive's owner ("One of US President Donald Trump's
           * top aides") names whom the holder serves, which a role rarely
           * spells whole: its last word need only stand in some role */
          const char *rest = ds->name;
          char *owner = NULL;
          for (const char *q = ds->name; *q; q++)
            {
              gsize ap = *q == '\'' ? 1 : g_str_has_prefix (q, "\u2019") ? 3 : 0;
              if (ap && (q[ap] == 's' || q[ap] == 'S') && (q[ap + 1] == ' ' || q[ap + 1] == '\0') && q > ds->name)
                {
                  char *prefix = g_strndup (ds->name, q - ds->name);
                  GPtrArray *before = printed_words (prefix);
                  g_free (prefix);
                  if (before->len > 0)
                    {
                      g_free (owner);
                      owner = g_utf8_casefold (g_ptr_array_index (before, before->len - 1), -1);
                      rest = q + ap + 1;
                    }
                  g_ptr_array_unref (before);
                }
            }
          GPtrArray *mods = name_content_words (rest, not_words);
          for (guint j = 0; j < mods->len; j++)
            if (strcmp (g_ptr_array_index (mods, j), head) == 0)
              g_ptr_array_remove_index (mods, j--);
          ClaimSpeaker *fit = NULL;
          const char *fit_role = NULL;
          guint nfit = 0;
          for (guint q = 0; q < firsts->len; q++)
            {
              ClaimSpeaker *y = g_ptr_array_index (firsts, q);
              CgSpeaker *ps = cg_corpus_speaker (corpus, y->who);
              if (ps->kind != CG_SPEAKER_PERSON)
                continue;
              gboolean serves = owner == NULL;
              for (guint r = 0; !serves && ps->roles && r < ps->roles->len; r++)
                {
                  GPtrArray *rw = name_content_words (g_ptr_array_index (ps->roles, r), not_words);
                  for (guint m = 0; !serves && m < rw->len; m++)
                    serves = same_stem (place_of (places, owner), place_of (places, g_ptr_array_index (rw, m)));
                  g_ptr_array_unref (rw);
                }
              gboolean fits_role = FALSE;
              for (guint r = 0; serves && !fits_role && ps->roles && r < ps->roles->len; r++)
                {
                  GPtrArray *rw = name_content_words (g_ptr_array_index (ps->roles, r), not_words);
                  gboolean held = FALSE, named = TRUE;
                  for (guint j = 0; j < rw->len; j++)
                    held = held || g_hash_table_contains (fits, g_ptr_array_index (rw, j));
                  for (guint j = 0; held && named && j < mods->len; j++)
                    {
                      named = FALSE;
                      for (guint m = 0; !named && m < rw->len; m++)
                        named = same_stem (place_of (places, g_ptr_array_index (mods, j)),
                                           place_of (places, g_ptr_array_index (rw, m)));
                    }
                  fits_role = held && named;
                  if (fits_role)
                    fit_role = g_ptr_array_index (ps->roles, r);
                  g_ptr_array_unref (rw);
                }
              if (fits_role)
                {
                  fit = y;
                  nfit++;
                }
            }
          if (nfit == 1)
            join_voices (vparent, d->member, fit->member, "description_one_voice",
                         "'%s' describes %s: head '%s'%s%s%s fits the role '%s', the only person of the claim it fits",
                         ds->name, cg_corpus_speaker (corpus, fit->who)->name, head, owner ? ", owner '" : "",
                         owner ? owner : "", owner ? "'" : "", fit_role);
          g_ptr_array_unref (mods);
          g_free (owner);
          g_free (head);
        }
    }
  g_ptr_array_unref (firsts);
  g_array_unref (list);
}


/* Is the all-capitals word CAPS (2 to 5 letters, "IDP", "IG") one of
 * WORDS, casefolded, or the initials of as many words in a row of them
 * ("Iowa Democratic Party", "inspector general")? */
static gboolean
initials_in (const char *caps, GPtrArray *words)
{
  gsize n = strlen (caps);
  for (guint k = 0; k < words->len; k++)
    {
      const char *w = g_ptr_array_index (words, k);
      if (g_ascii_strcasecmp (w, caps) == 0)
        return TRUE;
      if (k + n > words->len)
        continue;
      gboolean all = TRUE;
      for (gsize j = 0; all && j < n; j++)
        all = g_ascii_tolower (((const char *) g_ptr_array_index (words, k + j))[0]) == g_ascii_tolower (caps[j]);
      if (all)
        return TRUE;
    }
  return FALSE;
}

/* A role or mention R of a holder, read for join_affiliated(). */
typedef struct {
  GPtrArray *printed;   /* its printed words */
  GPtrArray *content;   /* name_content_words() without stopwords, dates */
} Affiliation;

static void
affiliation_clear (gpointer p)
{
  Affiliation *f = p;
  g_ptr_array_unref (f->printed);
  g_ptr_array_unref (f->content);
}

/* The roles of speaker S and the source mentions of its members in one
 * claim (LIST[from..to], the claim's entries of S) that hold a word of
 * ROLE_WORDS ("spokeswoman", "chairman", "founder"), each cut to the
 * words such a word reaches, read into OUT (PLAIN_NOT: stopwords and
 * dates).  A role opening with "and" is a coordination cut wrong ("and
 * FBI Director Christopher Wray" among Michael Horowitz's roles) and
 * says nothing of S. */
static void
affiliations_of (GPtrArray *as, const CgSpeaker *s, GArray *list, guint from, guint to, GHashTable *role_words,
                 GHashTable *plain_not, GArray *out)
{
  g_array_set_size (out, 0);
  guint nroles = s->roles ? s->roles->len : 0;
  for (guint k = 0; k < nroles + (to - from); k++)
    {
      const char *text;
      if (k < nroles)
        text = g_ptr_array_index (s->roles, k);
      else
        {
          const CgAssertion *a = g_ptr_array_index (as, g_array_index (list, ClaimSpeaker, from + k - nroles).member);
          text = a->source_text;
        }
      if (text == NULL || g_ascii_strncasecmp (text, "and ", 4) == 0)
        continue;
      /* the words a role word reaches: capitalized ones and stopwords
       * on either side, up to a lowercase content word ("White House
       * meeting with Senate Majority Leader" is no role of the White
       * House, "Department of Rehabilitation and Correction spokeswoman"
       * is) */
      GPtrArray *pw = printed_words (text);
      guint np = pw->len;
      gboolean *linking = g_new0 (gboolean, np + 1), *role = g_new0 (gboolean, np + 1),
               *kept = g_new0 (gboolean, np + 1);
      gboolean any = FALSE;
      for (guint j = 0; j < np; j++)
        {
          const char *w = g_ptr_array_index (pw, j);
          char *fold = g_utf8_casefold (w, -1);
          role[j] = g_hash_table_contains (role_words, fold);
          linking[j] = role[j] || g_unichar_isupper (g_utf8_get_char (w)) || g_hash_table_contains (plain_not, fold);
          any = any || role[j];
          g_free (fold);
        }
      for (guint q = 0; q < np; q++)
        if (role[q])
          {
            guint lo = q, hi = q;
            while (lo > 0 && linking[lo - 1])
              lo--;
            while (hi + 1 < np && linking[hi + 1])
              hi++;
            for (guint j = lo; j <= hi; j++)
              kept[j] = TRUE;
          }
      if (any)
        {
          GString *reach = g_string_new (NULL);
          for (guint j = 0; j < np; j++)
            if (kept[j])
              g_string_append_printf (reach, "%s%s", reach->len ? " " : "", (const char *) g_ptr_array_index (pw, j));
          Affiliation f = { printed_words (reach->str), name_content_words (reach->str, plain_not) };
          g_array_append_val (out, f);
          g_string_free (reach, TRUE);
        }
      g_free (linking);
      g_free (role);
      g_free (kept);
      g_ptr_array_unref (pw);
    }
}

/* Does body B's name (its content words WORDS, places flagged in
 * IS_PLACE, initials CAPS) stand in affiliation F: every word that is no
 * place in F, compared on its first DESCRIPTION_STEM letters and as the
 * place an adjective tells, and every initialism; place words too when
 * the name has nothing else ("Iran" / "Iranian President")? */
static gboolean
affiliation_names (const Affiliation *f, GPtrArray *words, const gboolean *is_place, GPtrArray *caps,
                   GHashTable *places)
{
  guint others = 0;
  for (guint j = 0; j < words->len; j++)
    others += !is_place[j];
  for (guint j = 0; j < words->len; j++)
    {
      if (is_place[j] && others + caps->len > 0)
        continue;
      gboolean in = FALSE;
      for (guint m = 0; !in && m < f->content->len; m++)
        in = same_stem (place_of (places, g_ptr_array_index (words, j)), place_of (places, g_ptr_array_index (f->content, m)));
      if (!in)
        return FALSE;
    }
  for (guint j = 0; j < caps->len; j++)
    if (!initials_in (g_ptr_array_index (caps, j), f->printed))
      return FALSE;
  return words->len + caps->len > 0;
}

/* A person and the body they speak for, head or wrote, as the articles
 * say in a role or a source mention: "JoEllen Smith, Department of
 * Rehabilitation and Correction spokeswoman" and "A statement from the
 * Ohio Department of Corrections" (whole AllSides at 6fe55d5, c504524),
 * Jerry Nadler, "House Judiciary Chairman", and the "Judiciary Committee
 * Report", Michael Horowitz, "Justice Department Inspector General", and
 * "The IG report", Julian Assange, "WikiLeaks founder", and WikiLeaks,
 * are one voice within a claim.  A holder is a person or an
 * organization (a spokeswoman is sometimes read as one), with a role or
 * source mention holding a word of ROLE_WORDS (linking.rules
 * [affiliation_roles]), read as far as that word reaches
 * (affiliations_of()); descriptions ("the inspector general") are
 * join_described_holders()' matter.  A body is an organization or a
 * document whose name's content words (not NOT_WORDS: stopwords, dates,
 * [generic_name_words], [description_not_words],
 * [affiliation_not_words]: "statement", "report") all stand in one such
 * role, its initials too ("IDP" / "Iowa Democratic Party Chairwoman"); a
 * place of PLACE_WORDS ("Ohio") need not when another word does.  A body
 * fitting two holders of the claim joins neither: two senators of the
 * Senate stay two voices, and two holders are never joined to each other
 * here.  At most SOURCES_MAX speakers a claim are compared. */
static void
join_affiliated (CgCorpus *corpus, GPtrArray *as, guint n, const guint *claim_of, const guint *claim_size,
                 const char **who_of, guint *vparent, GHashTable *role_words, GHashTable *not_words,
                 GHashTable *plain_not, GHashTable *place_words, GHashTable *places)
{
  GArray *list = g_array_new (FALSE, FALSE, sizeof (ClaimSpeaker));
  for (guint i = 0; i < n; i++)
    {
      if (!who_of[i] || claim_size[claim_of[i]] < 2)
        continue;
      CgSpeaker *s = cg_corpus_speaker (corpus, who_of[i]);
      if (s == NULL || s->name == NULL || s->kind == CG_SPEAKER_AUTHOR)
        continue;
      ClaimSpeaker e = { claim_of[i], i, who_of[i] };
      g_array_append_val (list, e);
    }
  g_array_sort (list, claim_speaker_order);
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));   /* per speaker of the claim: its first entry */
  GArray *holders = g_array_new (FALSE, FALSE, sizeof (GArray *));
  GArray *free_aff = g_array_new (FALSE, FALSE, sizeof (GArray *));
  for (guint k = 0, e; k < list->len; k = e)
    {
      guint ci = g_array_index (list, ClaimSpeaker, k).claim;
      g_array_set_size (starts, 0);
      gboolean bodies = FALSE, persons = FALSE;
      for (e = k; e < list->len && g_array_index (list, ClaimSpeaker, e).claim == ci; e++)
        {
          ClaimSpeaker *y = &g_array_index (list, ClaimSpeaker, e);
          if (e == k || strcmp (g_array_index (list, ClaimSpeaker, e - 1).who, y->who) != 0)
            {
              g_array_append_val (starts, e);
              CgSpeakerKind kind = cg_corpus_speaker (corpus, y->who)->kind;
              bodies = bodies || kind == CG_SPEAKER_ORGANIZATION || kind == CG_SPEAKER_DOCUMENT;
              persons = persons || kind == CG_SPEAKER_PERSON || kind == CG_SPEAKER_ORGANIZATION;
            }
        }
      guint nspk = starts->len;
      if (!bodies || !persons || nspk < 2 || nspk > SOURCES_MAX)
        continue;
      g_array_append_val (starts, e);
      /* each speaker's affiliations, read once */
      g_array_set_size (holders, nspk);
      for (guint p = 0; p < nspk; p++)
        {
          GArray *aff = NULL;
          guint from = g_array_index (starts, guint, p), to = g_array_index (starts, guint, p + 1);
          CgSpeaker *s = cg_corpus_speaker (corpus, g_array_index (list, ClaimSpeaker, from).who);
          if (s->kind == CG_SPEAKER_PERSON || s->kind == CG_SPEAKER_ORGANIZATION)
            {
              if (free_aff->len > 0)
                {
                  aff = g_array_index (free_aff, GArray *, free_aff->len - 1);
                  g_array_set_size (free_aff, free_aff->len - 1);
                }
              else
                {
                  aff = g_array_new (FALSE, FALSE, sizeof (Affiliation));
                  g_array_set_clear_func (aff, affiliation_clear);
                }
              affiliations_of (as, s, list, from, to, role_words, plain_not, aff);
            }
          g_array_index (holders, GArray *, p) = aff;
        }
      for (guint b = 0; b < nspk; b++)
        {
          const ClaimSpeaker *bx = &g_array_index (list, ClaimSpeaker, g_array_index (starts, guint, b));
          CgSpeaker *bs = cg_corpus_speaker (corpus, bx->who);
          if (bs->kind != CG_SPEAKER_ORGANIZATION && bs->kind != CG_SPEAKER_DOCUMENT)
            continue;
          GPtrArray *words = name_content_words (bs->name, not_words);
          gboolean *is_place = g_new0 (gboolean, words->len + 1);
          /* initials: a word of two to five capitals, not a place ("US") */
          GPtrArray *caps = g_ptr_array_new_with_free_func (g_free);
          GPtrArray *pw = printed_words (bs->name);
          for (guint j = 0; j < pw->len; j++)
            {
              const char *w = g_ptr_array_index (pw, j);
              gsize len = strlen (w), u = 0;
              while (u < len && g_ascii_isupper (w[u]))
                u++;
              char *fold = g_ascii_strdown (w, -1);
              if (u == len && len >= 2 && len <= 5 && !g_hash_table_contains (place_words, fold))
                {
                  /* a capitals word of three letters or more is a content word already */
                  for (guint m = 0; m < words->len; m++)
                    if (strcmp (g_ptr_array_index (words, m), fold) == 0)
                      g_ptr_array_remove_index (words, m--);
                  g_ptr_array_add (caps, g_strdup (w));
                }
              g_free (fold);
            }
          g_ptr_array_unref (pw);
          for (guint j = 0; j < words->len; j++)
            is_place[j] = g_hash_table_contains (place_words, g_ptr_array_index (words, j));
          guint fit = 0, nfit = 0;
          const Affiliation *fit_aff = NULL;
          for (guint h = 0; h < nspk && nfit < 2; h++)
            {
              GArray *aff = g_array_index (holders, GArray *, h);
              if (h == b || aff == NULL)
                continue;
              gboolean names = FALSE;
              for (guint r = 0; !names && r < aff->len; r++)
                if ((names = affiliation_names (&g_array_index (aff, Affiliation, r), words, is_place, caps, places)))
                  fit_aff = &g_array_index (aff, Affiliation, r);
              if (names)
                {
                  fit = h;
                  nfit++;
                }
            }
          if (nfit == 1)
            {
              char *role = voice_why ? words_line (fit_aff->printed) : NULL;
              join_voices (vparent, bx->member, g_array_index (list, ClaimSpeaker, g_array_index (starts, guint, fit)).member,
                           "affiliation_one_voice", "'%s' stands in the role '%s' of %s, the only holder of the claim it fits",
                           bs->name, role ? role : "", cg_corpus_speaker (corpus, g_array_index (list, ClaimSpeaker, g_array_index (starts, guint, fit)).who)->name);
              g_free (role);
            }
          g_ptr_array_unref (caps);
          g_free (is_place);
          g_ptr_array_unref (words);
        }
      for (guint p = 0; p < nspk; p++)
        {
          GArray *aff = g_array_index (holders, GArray *, p);
          if (aff)
            {
              g_array_set_size (aff, 0);
              g_array_append_val (free_aff, aff);
            }
        }
    }
  for (guint p = 0; p < free_aff->len; p++)
    g_array_unref (g_array_index (free_aff, GArray *, p));
  g_array_unref (free_aff);
  g_array_unref (holders);
  g_array_unref (starts);
  g_array_unref (list);
}
/* One organization under names that text cannot show to be one
 * (org-aliases.rules [aliases]: "u.s. central command ; same=defense",
 * an agency and its department, a company and its parent): within a
 * claim, speakers that are no persons named by entries of one group are
 * one voice.  GROUPS: folded name -> group. */
static void
join_listed_aliases (CgCorpus *corpus, guint n, const guint *claim_of, const guint *claim_size,
                     const char **who_of, guint *vparent, GHashTable *groups)
{
  if (g_hash_table_size (groups) == 0)
    return;
  GHashTable *first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* "claim:group" -> member + 1 */
  for (guint i = 0; i < n; i++)
    {
      if (!who_of[i] || claim_size[claim_of[i]] < 2)
        continue;
      CgSpeaker *s = cg_corpus_speaker (corpus, who_of[i]);
      if (s == NULL || s->name == NULL || s->kind == CG_SPEAKER_PERSON || s->kind == CG_SPEAKER_AUTHOR)
        continue;
      char *fold = mention_key (s->name);
      const char *group = g_hash_table_lookup (groups, g_str_has_prefix (fold, "the ") ? fold + 4 : fold);
      g_free (fold);
      if (group == NULL)
        continue;
      char *key = g_strdup_printf ("%u:%s", claim_of[i], group);
      guint m = GPOINTER_TO_UINT (g_hash_table_lookup (first, key));
      if (m)
        {
          join_voices (vparent, m - 1, i, "org-aliases", "org-aliases.rules lists both names as one (same=%s)", group);
          g_free (key);
        }
      else
        g_hash_table_insert (first, key, GUINT_TO_POINTER (i + 1));
    }
  g_hash_table_unref (first);
}

/* The outlet printing member I (its article id when it has none). */
static const char *
outlet_of (CgCorpus *corpus, GPtrArray *as, guint i, const guint *art_of, GPtrArray *art_ids)
{
  CgAssertion *a = g_ptr_array_index (as, i);
  CgArticle *d = a->article_id ? cg_corpus_article (corpus, a->article_id) : NULL;
  return d && d->outlet && *d->outlet ? d->outlet : g_ptr_array_index (art_ids, art_of[i]);
}

/* ---- the event of a pair: the names their articles tell ---------------
 *
 * Two texts in similar words naming nothing (no name, no figure) may
 * tell two events ("officers knocked on the door" in two raids): the
 * sentences alone cannot tell them apart, their articles can.  Each
 * article is the names it prints (capitalized words of its title and of
 * its assertions' texts and source mentions, cut to NAME_STEM letters,
 * without [event_not_names] or [dates] words or stopwords), weighted by
 * how often the article prints each (1 + log n) and by how rare the name
 * is across the corpus's articles (1 + log ((N + 1) / (df + 1)), which
 * still weighs a name all of a few articles print); two members tell one
 * event when the cosine of their articles' vectors reaches
 * event_min_cosine.
 * An article printing fewer than event_min_names names tells nothing of
 * its event, and passes.
 * The vectors are made only for the articles of pairs that reach this
 * test, the document frequencies once per scoring: on a thread started
 * with the scoring, which counts chunks of articles, and on the scoring's
 * own thread once that would wait for it (event_names_join()), each into
 * a table of its own, the two added at the end.  A count is a number of
 * articles and an article is counted in one table only, so the sum is
 * the single pass's count whatever the split. */
typedef struct {
  guint64 key;
  double  weight;
} NameWeight;

/* A word's df key is its name key with these bits flipped, so that the
 * articles printing "mask" in any case are counted apart from those
 * printing the name "Mask". */
#define WORD_KEY G_GUINT64_CONSTANT (0x9e3779b97f4a7c15)

/* A name key and the articles printing it (count 0: an empty slot);
 * STAMP is the last article (+ 1) counted, so an article counts once. */
typedef struct {
  guint64 key;
  guint   count, stamp;
} DfSlot;

/* Open-addressed by key: the articles printing each name, counted by
 * one thread. */
typedef struct {
  DfSlot *slots;
  gsize   mask, len;
} DfTable;

/* Articles a thread takes at a time from the others' counting. */
#define EVENT_CHUNK 64

/* What a byte is to add_name_keys(): outside words (and NUL), an ASCII
 * letter or digit, an apostrophe, or part of a character outside ASCII. */
enum { BYTE_OTHER, BYTE_ALNUM, BYTE_APOSTROPHE, BYTE_HIGH };

typedef struct {
  GPtrArray  *as;
  const guint *art_of;
  GPtrArray  *art_ids;
  const char **titles;       /* per article, its title or NULL: the
                              * corpus's lookups are not to be made from
                              * the thread preparing (they index lazily) */
  GHashTable *not_names;     /* casefolded words that name no event */
  guint       min_letters;
  guint       min_names;
  guint       title_weight;
  double      min_cosine;
  double      anchor_max_share;   /* a name printed by more of the articles anchors nothing ... */
  guint       anchor_words;       /* ... unless the texts share this many other words */
  double      anchor_rare_share;  /* ... or one printed by no more of the articles */
  GHashTable *not_stems;     /* not_names cut to NAME_STEM letters */
  guint8      byte_class[256];   /* BYTE_* of each byte, for add_name_keys() */
  guint64    *not_hashes;    /* fnv() of each of not_names (0 read as 1), open-addressed; 0: empty */
  gsize       not_mask;      /* not_hashes holds not_mask + 1 */
  gboolean    ready;
  guint      *order;         /* assertion indexes by article ... */
  guint      *start;         /* ... article a's are order[start[a] .. start[a + 1]) */
  DfTable     df;            /* the articles printing each name: all of them once ready */
  DfTable     caller_df;     /* what event_names_join()'s caller counted, added to df there */
  guint       chunk;         /* articles per chunk taken (EVENT_CHUNK) */
  gint        next_chunk;    /* atomic: the next chunk of articles to count */
  gint        counting;      /* atomic: set up (order, start), chunks to be taken */
  GArray    **vectors;       /* per article, NameWeight sorted by key; NULL until asked */
  double     *norms;
} EventNames;

/* Is FOLD, whose fnv() is H, one of ev->not_names?  The hash set of
 * their fnv()s answers most words (names are not in it) without hashing
 * and comparing strings; a hit there is checked in the table itself. */
static gboolean
not_name (EventNames *ev, const char *fold, guint64 h)
{
  h = h ? h : 1;
  for (gsize b = h & ev->not_mask; ev->not_hashes[b]; b = (b + 1) & ev->not_mask)
    if (ev->not_hashes[b] == h)
      return g_hash_table_contains (ev->not_names, fold);
  return FALSE;
}

/* Append to KEYS the keys of TEXT's names, REPEAT times each, and with
 * WORDS (or NULL) to it the word key of each of its words, names or not.
 * Words are split as printed_words() splits them; this runs over every
 * assertion of the corpus, so a word of ASCII takes a path of its own. */
static void
add_name_keys (EventNames *ev, const char *text, guint repeat, GArray *keys, GArray *words)
{
  guint64 out[64], word_out[64];
  guint n_out = 0, n_word = 0;
  const guchar *p = (const guchar *) text;
  if (p == NULL)
    return;
  while (*p)
    {
      guint k = ev->byte_class[*p];
      if (k == BYTE_OTHER || k == BYTE_APOSTROPHE)
        {
          p++;
          continue;
        }
      if (k == BYTE_HIGH && !g_unichar_isalnum (g_utf8_get_char ((const char *) p)))
        {
          p = (const guchar *) g_utf8_next_char (p);
          continue;
        }
      /* one word: alphanumerics and apostrophes */
      const guchar *w = p;
      gboolean upper = *p < 0x80 ? (guchar) (*p - 'A') < 26 : g_unichar_isupper (g_utf8_get_char ((const char *) p));
      gboolean ascii = TRUE;
      guint letters = 0;
      for (;;)
        {
          k = ev->byte_class[*p];
          if (k == BYTE_ALNUM)
            letters++, p++;
          else if (k == BYTE_APOSTROPHE)
            p++;
          else if (k == BYTE_HIGH)
            {
              gunichar d = g_utf8_get_char ((const char *) p);
              if (d != 0x2019 && !g_unichar_isalnum (d))
                break;
              letters += d != 0x2019;
              ascii = FALSE;
              p = (const guchar *) g_utf8_next_char (p);
            }
          else
            break;   /* BYTE_OTHER, and the final NUL */
        }
      if (letters < ev->min_letters || (!upper && words == NULL))
        continue;
      char fold[128];
      gsize len = 0;
      guint64 h = FNV_SEED, key = FNV_SEED;
      if (ascii)
        {
          /* fnv() of the fold as it grows; the key is that of its first
           * NAME_STEM letters (one byte each), all a word not capitalized
           * needs */
          for (const guchar *q = w; q < p && len + 8 < sizeof fold && (upper || len < NAME_STEM); q++)
            if (*q != '\'')
              {
                guchar c = (guchar) (*q - 'A') < 26 ? *q | 0x20 : *q;
                fold[len++] = (char) c;
                h = (h ^ c) * G_GUINT64_CONSTANT (0x100000001b3);
                if (len == NAME_STEM)
                  key = h;
              }
          if (len < NAME_STEM)
            key = h;
          fold[len] = '\0';
        }
      else
        {
          for (const guchar *q = w; q < p && len + 8 < sizeof fold;)
            {
              if (*q < 0x80)
                {
                  if (*q != '\'')
                    fold[len++] = g_ascii_tolower (*q);
                  q++;
                  continue;
                }
              gunichar d = g_utf8_get_char ((const char *) q);
              if (d != 0x2019)
                len += g_unichar_to_utf8 (g_unichar_tolower (d), fold + len);
              q = (const guchar *) g_utf8_next_char (q);
            }
          fold[len] = '\0';
          h = fnv (FNV_SEED, fold, len);
          const char *cut = g_utf8_offset_to_pointer (fold, MIN (NAME_STEM, g_utf8_strlen (fold, -1)));
          key = fnv (FNV_SEED, fold, cut - fold);
        }
      if (words)
        {
          if (n_word == G_N_ELEMENTS (word_out))
            g_array_append_vals (words, word_out, n_word), n_word = 0;
          word_out[n_word++] = key ^ WORD_KEY;
        }
      if (!upper || not_name (ev, fold, h))
        continue;
      for (guint r = 0; r < repeat; r++)
        {
          if (n_out == G_N_ELEMENTS (out))
            g_array_append_vals (keys, out, n_out), n_out = 0;
          out[n_out++] = key;
        }
    }
  g_array_append_vals (keys, out, n_out);
  if (words)
    g_array_append_vals (words, word_out, n_word);
}

/* The df slot of KEY; with CREATE a missing one is added (count 0),
 * else NULL is returned for it. */
static DfSlot *
df_slot (DfTable *t, guint64 key, gboolean create)
{
  if (t->slots == NULL)
    {
      if (!create)
        return NULL;
      t->mask = 1023;
      t->slots = g_new0 (DfSlot, t->mask + 1);
    }
  if (create && 2 * (t->len + 1) > t->mask + 1)
    {
      DfSlot *old = t->slots;
      gsize old_n = t->mask + 1;
      t->mask = 2 * t->mask + 1;
      t->slots = g_new0 (DfSlot, t->mask + 1);
      for (gsize i = 0; i < old_n; i++)
        if (old[i].count)
          {
            gsize b = (old[i].key ^ old[i].key >> 31) & t->mask;
            while (t->slots[b].count)
              b = (b + 1) & t->mask;
            t->slots[b] = old[i];
          }
      g_free (old);
    }
  for (gsize b = (key ^ key >> 31) & t->mask;; b = (b + 1) & t->mask)
    {
      DfSlot *d = &t->slots[b];
      if (d->count && d->key == key)
        return d;
      if (d->count == 0)
        {
          if (!create)
            return NULL;
          d->key = key;
          t->len++;
          return d;
        }
    }
}

/* Add FROM's counts to INTO's and empty FROM. */
static void
df_add (DfTable *into, DfTable *from)
{
  if (from->slots)
    for (gsize i = 0; i <= from->mask; i++)
      if (from->slots[i].count)
        df_slot (into, from->slots[i].key, TRUE)->count += from->slots[i].count;
  g_free (from->slots);
  memset (from, 0, sizeof *from);
}

/* The name keys of article A, each as often as printed, in the order
 * printed; with WORDS (or NULL) its word keys to it. */
static void
article_name_keys (EventNames *ev, guint a, GArray *keys, GArray *words)
{
  g_array_set_size (keys, 0);
  if (words)
    g_array_set_size (words, 0);
  for (guint k = ev->start[a]; k < ev->start[a + 1]; k++)
    {
      CgAssertion *x = g_ptr_array_index (ev->as, ev->order[k]);
      add_name_keys (ev, x->text, 1, keys, words);
      add_name_keys (ev, x->source_text, 1, keys, words);
    }
  if (ev->titles[a])
    add_name_keys (ev, ev->titles[a], ev->title_weight, keys, words);
}

/* Group the assertions by article; what the counting threads share. */
static void
event_names_setup (EventNames *ev)
{
  guint n = ev->as->len, n_art = ev->art_ids->len;
  for (guint c = 0; c < 256; c++)
    ev->byte_class[c] = c >= 0x80 ? BYTE_HIGH : c == '\'' ? BYTE_APOSTROPHE
                        : g_ascii_isalnum (c) ? BYTE_ALNUM : BYTE_OTHER;
  ev->not_mask = 63;
  while (ev->not_mask + 1 < 4 * (gsize) g_hash_table_size (ev->not_names))
    ev->not_mask = 2 * ev->not_mask + 1;
  ev->not_hashes = g_new0 (guint64, ev->not_mask + 1);
  GHashTableIter it;
  gpointer word;
  g_hash_table_iter_init (&it, ev->not_names);
  while (g_hash_table_iter_next (&it, &word, NULL))
    {
      guint64 h = fnv (FNV_SEED, word, strlen (word));
      h = h ? h : 1;
      gsize b = h & ev->not_mask;
      while (ev->not_hashes[b] && ev->not_hashes[b] != h)
        b = (b + 1) & ev->not_mask;
      ev->not_hashes[b] = h;
    }
  ev->start = g_new0 (guint, n_art + 1);
  for (guint i = 0; i < n; i++)
    ev->start[ev->art_of[i] + 1]++;
  for (guint a = 0; a < n_art; a++)
    ev->start[a + 1] += ev->start[a];
  guint *fill = g_memdup2 (ev->start, n_art * sizeof (guint));
  ev->order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    ev->order[fill[ev->art_of[i]]++] = i;
  g_free (fill);
  ev->vectors = g_new0 (GArray *, n_art);
  ev->norms = g_new0 (double, n_art);
}

/* Count into T the articles of chunk C (ev->chunk articles from
 * C * ev->chunk) printing each name (and word, for the rare anchors). */
static void
count_chunk (EventNames *ev, DfTable *t, guint c, GArray *keys, GArray *words)
{
  guint n_art = ev->art_ids->len;
  guint end = (guint) MIN ((guint64) (c + 1) * ev->chunk, n_art);
  for (guint a = c * ev->chunk; a < end; a++)
    {
      article_name_keys (ev, a, keys, words);
      for (int pass = 0; pass < (words ? 2 : 1); pass++)
        {
          GArray *got = pass ? words : keys;
          for (guint k = 0; k < got->len; k++)
            {
              DfSlot *d = df_slot (t, g_array_index (got, guint64, k), TRUE);
              if (d->stamp != a + 1)
                d->count++, d->stamp = a + 1;
            }
        }
    }
}

/* Count into T the chunks no other thread has taken, until none is left. */
static void
count_chunks (EventNames *ev, DfTable *t)
{
  guint n_chunks = ev->art_ids->len / ev->chunk + (ev->art_ids->len % ev->chunk != 0);
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  GArray *words = ev->anchor_rare_share > 0 ? g_array_new (FALSE, FALSE, sizeof (guint64)) : NULL;
  for (;;)
    {
      guint c = (guint) g_atomic_int_add (&ev->next_chunk, 1);
      if (c >= n_chunks)
        break;
      count_chunk (ev, t, c, keys, words);
    }
  g_array_unref (keys);
  if (words)
    g_array_unref (words);
}

/* Group the assertions by article and count each name's articles, all
 * on the calling thread. */
static void
event_names_prepare (EventNames *ev)
{
  event_names_setup (ev);
  count_chunks (ev, &ev->df);
  ev->ready = TRUE;
}

/* The events' thread: set up, then count.  One thread, not two: at
 * the whole corpus's scale it ended before the scoring's caller asked
 * for it (bench/README, mainthread3), and a second would take a core
 * from that caller, the phase's serial path; where it does not end
 * first (p10), the caller takes chunks instead of waiting. */
static gpointer
event_names_thread (gpointer p)
{
  EventNames *ev = p;
  event_names_setup (ev);
  g_atomic_int_set (&ev->counting, 1);
  count_chunks (ev, &ev->df);
  return NULL;
}

/* Wait for THREAD (event_names_start()'s), counting what is left of its
 * chunks meanwhile rather than idling, and add what this thread counted;
 * EV is then ready. */
static void
event_names_join (EventNames *ev, GThread *thread)
{
  if (g_atomic_int_get (&ev->counting))
    count_chunks (ev, &ev->caller_df);
  g_thread_join (thread);
  df_add (&ev->df, &ev->caller_df);
  ev->ready = TRUE;
}

static char *name_stem (const char *word);

/* Set EV up for the articles ART_IDS of the assertions AS (article
 * indexes in ART_OF), all of which must outlive it.  The document
 * frequencies are a pass over every article that needs nothing the
 * claims and voices compute, about a third of scoring the whole
 * corpus: when events are tested at all (event_min_cosine) and THREADED,
 * they are made at once on a thread of their own, in chunks of CHUNK
 * articles, beside the rest of the scoring, which is
 * serial.  Returns that thread (join it with event_names_join() before EV
 * is used), or NULL.  Clear EV with event_names_clear() and unref its
 * not_names. */
static GThread *
event_names_start (EventNames *ev, CgCorpus *corpus, CgRules *rules, GPtrArray *as, const guint *art_of,
                   GPtrArray *art_ids, guint chunk, gboolean threaded)
{
  memset (ev, 0, sizeof *ev);
  ev->chunk = MAX (chunk, 1);
  ev->as = as;
  ev->art_of = art_of;
  ev->art_ids = art_ids;
  ev->not_names = cg_rules_word_set (rules, "linking", "event_not_names");
  ev->min_letters = (guint) cg_rules_number (rules, "linking", "event_name_letters", 3);
  ev->min_names = (guint) cg_rules_number (rules, "linking", "event_min_names", 3);
  ev->title_weight = (guint) cg_rules_number (rules, "linking", "event_title_weight", 2);
  ev->min_cosine = cg_rules_number (rules, "linking", "event_min_cosine", 0);
  ev->anchor_max_share = cg_rules_number (rules, "linking", "event_anchor_max_share", 0);
  ev->anchor_words = (guint) cg_rules_number (rules, "linking", "event_anchor_words", 4);
  ev->anchor_rare_share = cg_rules_number (rules, "linking", "event_anchor_rare_share", 0);
  ev->not_stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cg_rules_add_words (ev->not_names, rules, "stopwords", NULL);
  cg_rules_add_words (ev->not_names, rules, "linking", "dates");
  GHashTableIter ni;
  gpointer nk;
  g_hash_table_iter_init (&ni, ev->not_names);
  while (g_hash_table_iter_next (&ni, &nk, NULL))
    g_hash_table_add (ev->not_stems, name_stem (nk));
  ev->titles = g_new0 (const char *, MAX (art_ids->len, 1));
  for (guint a = 0; a < art_ids->len; a++)
    {
      const char *id = g_ptr_array_index (art_ids, a);
      CgArticle *d = *id ? cg_corpus_article (corpus, id) : NULL;
      ev->titles[a] = d ? d->title : NULL;
    }
  return threaded && ev->min_cosine > 0 ? g_thread_new ("cg-score-events", event_names_thread, ev) : NULL;
}

/* The articles printing name KEY (at least 1). */
static guint
name_df (EventNames *ev, guint64 key)
{
  DfSlot *d = df_slot (&ev->df, key, FALSE);
  return d ? d->count : 1;
}

/* Article A's name vector (made on first use; belongs to EV). */
static GArray *
article_vector (EventNames *ev, guint a)
{
  if (ev->vectors[a])
    return ev->vectors[a];
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  article_name_keys (ev, a, keys, NULL);
  sort_u64 (keys);
  GArray *v = g_array_new (FALSE, FALSE, sizeof (NameWeight));
  double n_articles = ev->art_ids->len, norm = 0;
  for (guint k = 0; k < keys->len;)
    {
      guint64 key = g_array_index (keys, guint64, k);
      guint j = k;
      while (j < keys->len && g_array_index (keys, guint64, j) == key)
        j++;
      NameWeight w = { key, (1 + log (j - k)) * (1 + log ((n_articles + 1) / (name_df (ev, key) + 1))) };
      g_array_append_val (v, w);
      norm += w.weight * w.weight;
      k = j;
    }
  g_array_unref (keys);
  ev->vectors[a] = v;
  ev->norms[a] = sqrt (norm);
  return v;
}

/* Do articles A and B tell one event: the cosine of their name vectors
 * at least MIN_COSINE (ev->min_cosine for one_event())? */
static gboolean
event_at_least (EventNames *ev, guint a, guint b, double min_cosine)
{
  if (a == b)
    return TRUE;
  if (!ev->ready)
    event_names_prepare (ev);
  GArray *x = article_vector (ev, a), *y = article_vector (ev, b);
  /* an article printing next to no names tells nothing of its event */
  if (x->len < ev->min_names || y->len < ev->min_names)
    return TRUE;
  double dot = 0;
  for (guint i = 0, j = 0; i < x->len && j < y->len;)
    {
      NameWeight *p = &g_array_index (x, NameWeight, i), *q = &g_array_index (y, NameWeight, j);
      if (p->key == q->key)
        {
          dot += p->weight * q->weight;
          i++, j++;
        }
      else if (p->key < q->key)
        i++;
      else
        j++;
    }
  return dot / (ev->norms[a] * ev->norms[b]) >= min_cosine;
}

/* Do articles A and B tell one event (event_min_cosine)? */
static gboolean
one_event (EventNames *ev, guint a, guint b)
{
  return event_at_least (ev, a, b, ev->min_cosine);
}

/* WORD casefolded and cut to NAME_STEM letters, as mark_words() cuts
 * names.  Returns a new string. */
static char *
name_stem (const char *word)
{
  char *fold = g_utf8_casefold (word, -1);
  char *stem = g_utf8_substring (fold, 0, MIN (NAME_STEM, g_utf8_strlen (fold, -1)));
  g_free (fold);
  return stem;
}

/* A count a text gives (text_counts()): its value, the word after it
 * cut to NAME_STEM letters, which says what it counts ("six points":
 * "point"), and whether it is written in words. */
typedef struct {
  double   value;
  char     unit[NAME_STEM + 1];   /* ASCII letters; empty when none follows */
  gboolean word;
} Count;

/* The word at P (after blanks) casefolded and cut to NAME_STEM letters
 * into UNIT ("%" is "percent"); empty when none follows. */
static void
unit_at (const char *p, char unit[NAME_STEM + 1])
{
  unit[0] = 0;
  while (*p == ' ')
    p++;
  if (*p == '%')
    p = "percent";
  const char *e = p;
  while (g_ascii_isalpha (*e))
    e++;
  if (e == p)
    return;
  char *fold = g_ascii_strdown (p, MIN (e - p, NAME_STEM));
  g_strlcpy (unit, fold, NAME_STEM + 1);
  g_free (fold);
}

/* Words the direct pairs read beyond counts in digits: places named
 * (linking.rules [places], [place_suffixes]) and counts in words
 * ([number_words], [count_words]).  A field may be NULL: that test is
 * off. */
typedef struct {
  CgLexicon  *names;        /* places named whole: "West Virginia", "Buckeye State" */
  CgLexicon  *suffixes;     /* places made of the word before: "County" */
  GHashTable *stopwords;    /* no place before a suffix: "The County" */
  CgLexicon  *references;   /* [place_references] with a kind: "won the state" */
  CgLexicon  *count_words;  /* "six", "a dozen", "two dozen" */
  GPtrArray  *count_rules;  /* the rules of COUNT_WORDS (owns none) */
  CgLexicon  *story_refs;   /* [story_references]: "the measure", "all of that" */
  GHashTable *story_ends;   /* [story_reference_ends]: a text ending "... change that" */
  double      story_cosine; /* pair_story_min_cosine */
} PairWords;

/* The words of TEXT split at every character that is not a letter or a
 * digit ("Ohio's" is "Ohio" and "s", "R-Texas" is "R" and "Texas"), into
 * PRINTED as printed and into FOLDS casefolded (both new strings), and
 * the byte offset of each word's end into ENDS (guint). */
static void
split_words (const char *text, GPtrArray *printed, GPtrArray *folds, GArray *ends)
{
  g_ptr_array_set_size (printed, 0);
  g_ptr_array_set_size (folds, 0);
  g_array_set_size (ends, 0);
  const char *start = NULL;
  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = *p ? g_utf8_get_char (p) : 0;
      if (c != 0 && g_unichar_isalnum (c))
        {
          if (!start)
            start = p;
          continue;
        }
      if (start)
        {
          g_ptr_array_add (printed, g_strndup (start, p - start));
          g_ptr_array_add (folds, g_utf8_casefold (start, p - start));
          guint end = p - text;
          g_array_append_val (ends, end);
          start = NULL;
        }
      if (c == 0)
        break;
    }
}

/* Is WORD an ordinal written in digits ("7th", "18th", "2nd")? */
static gboolean
is_digit_ordinal (const char *word)
{
  const char *p = word;
  while (g_ascii_isdigit (*p))
    p++;
  return p > word && (g_ascii_strcasecmp (p, "st") == 0 || g_ascii_strcasecmp (p, "nd") == 0
                      || g_ascii_strcasecmp (p, "rd") == 0 || g_ascii_strcasecmp (p, "th") == 0);
}

/* The places TEXT names (PLACES), each as "kind\tname" added to OUT (a
 * set of new strings): a capitalized phrase of PLACES->names (its `is=`
 * when given, else its phrase; kind from `kind=`), and a place
 * PLACES->suffixes makes of the word before it ("Erie County", "the 7th
 * Congressional District"): that word capitalized and no stopword, or an
 * ordinal in digits. */
static void
text_places (const PairWords *places, const char *text, GPtrArray *printed, GPtrArray *folds, GArray *ends,
             GHashTable *out)
{
  g_hash_table_remove_all (out);
  split_words (text, printed, folds, ends);
  char **w = (char **) folds->pdata;
  guint n = folds->len, len;
  for (guint i = 0; i < n; i++)
    {
      const char *word = g_ptr_array_index (printed, i);
      const CgRule *r;
      if (g_unichar_isupper (g_utf8_get_char (word))
          && (r = cg_lexicon_match (places->names, w, n, i, &len)) != NULL)
        {
          const char *kind = cg_rule_attr (r, "kind"), *is = cg_rule_attr (r, "is");
          i += len - 1;
          /* "New York Times" is read whole, as no place */
          if (g_strcmp0 (cg_rule_attr (r, "place"), "no") == 0)
            continue;
          g_hash_table_add (out, g_strdup_printf ("%s\t%s", kind ? kind : "place", is ? is : r->phrase));
          continue;
        }
      if (i > 0 && (r = cg_lexicon_match (places->suffixes, w, n, i, &len)) != NULL)
        {
          const char *before = g_ptr_array_index (printed, i - 1);
          if ((g_unichar_isupper (g_utf8_get_char (before)) && !g_hash_table_contains (places->stopwords, w[i - 1]))
              || is_digit_ordinal (before))
            {
              const char *kind = cg_rule_attr (r, "kind");
              g_hash_table_add (out, g_strdup_printf ("%s\t%s", kind ? kind : r->phrase, w[i - 1]));
            }
          i += len - 1;
        }
    }
}

/* Do the place sets X and Y (text_places()) name places of one kind, and
 * none of that kind in both ("Trump won West Virginia by 42 points" /
 * "Trump won Mississippi by nearly 18 points")? */
static gboolean
places_differ (GHashTable *x, GHashTable *y)
{
  GHashTableIter it, jt;
  gpointer kx, ky;
  g_hash_table_iter_init (&it, x);
  while (g_hash_table_iter_next (&it, &kx, NULL))
    {
      if (g_hash_table_contains (y, kx))
        continue;
      const char *tab = strchr (kx, '\t');
      gboolean kind_in_y = FALSE, shared = FALSE;
      g_hash_table_iter_init (&jt, y);
      while (g_hash_table_iter_next (&jt, &ky, NULL))
        if (strncmp (ky, kx, tab - (const char *) kx + 1) == 0)
          {
            kind_in_y = TRUE;
            /* a place of this kind both name */
            GHashTableIter kt;
            gpointer kk;
            g_hash_table_iter_init (&kt, x);
            while (!shared && g_hash_table_iter_next (&kt, &kk, NULL))
              shared = strncmp (kk, kx, tab - (const char *) kx + 1) == 0 && g_hash_table_contains (y, kk);
            break;
          }
      if (kind_in_y && !shared)
        return TRUE;
    }
  return FALSE;
}

/* Add to COUNTS the counts TEXT writes in words (COUNT_WORDS, each with
 * its `value=`: "six points", "a dozen", "two dozen", "twenty-five"),
 * split into PRINTED and FOLDS with their end offsets in ENDS.  A number
 * word capitalized before a capitalized word names ("Seven Sisters"),
 * and one glued by a hyphen to a word that is no number qualifies it
 * ("two-thirds", "a two-year deal"). */
static void
word_counts (const char *text, const CgLexicon *count_words, GPtrArray *printed, GPtrArray *folds, GArray *ends,
             GArray *counts)
{
  split_words (text, printed, folds, ends);
  char **w = (char **) folds->pdata;
  guint n = folds->len, len;
  for (guint i = 0; i < n; i++)
    {
      const CgRule *r = cg_lexicon_match (count_words, w, n, i, &len);
      if (!r)
        continue;
      const char *word = g_ptr_array_index (printed, i);
      const char *value = cg_rule_attr (r, "value");
      guint last = i + len - 1;
      i = last;
      /* "Big Ten Conference", "Seven Sisters"; not "Eight students" */
      if (!value || (i > 0 && g_unichar_isupper (g_utf8_get_char (word)) && last + 1 < n
                     && g_unichar_isupper (g_utf8_get_char (g_ptr_array_index (printed, last + 1)))))
        continue;
      double v = g_ascii_strtod (value, NULL);
      const char *after = text + g_array_index (ends, guint, last);
      if (*after == '-' && last + 1 < n)
        {
          guint len2;
          const CgRule *r2 = cg_lexicon_match (count_words, w, n, last + 1, &len2);
          const char *v2 = r2 ? cg_rule_attr (r2, "value") : NULL;
          if (!v2)
            continue;
          double units = g_ascii_strtod (v2, NULL);
          /* "twenty-five"; "two-thirds" and "two-year" do not count */
          if (v < 20 || fmod (v, 10) != 0 || units < 1 || units > 9 || len2 != 1)
            continue;
          v += units;
          i = last + 1;
        }
      Count c = { v, "", TRUE };
      unit_at (text + g_array_index (ends, guint, i), c.unit);
      g_array_append_val (counts, c);
    }
}

/* Load WORDS from RULES: the places when pair_places is not 0, the count
 * words when pair_count_words is not 0. */
static void
pair_words_init (PairWords *words, CgRules *rules)
{
  memset (words, 0, sizeof *words);
  if (cg_rules_number (rules, "linking", "pair_places", 1) != 0)
    {
      words->names = cg_lexicon_new (cg_rules_entries (rules, "linking", "places"));
      words->suffixes = cg_lexicon_new (cg_rules_entries (rules, "linking", "place_suffixes"));
      words->stopwords = cg_rules_word_set (rules, "stopwords", NULL);
      words->references = cg_lexicon_new (cg_rules_entries (rules, "linking", "place_references"));
    }
  if (cg_rules_number (rules, "linking", "pair_count_words", 1) != 0)
    {
      words->count_rules = g_ptr_array_new ();
      g_ptr_array_extend (words->count_rules, cg_rules_entries (rules, "linking", "number_words"), NULL, NULL);
      g_ptr_array_extend (words->count_rules, cg_rules_entries (rules, "linking", "count_words"), NULL, NULL);
      words->count_words = cg_lexicon_new (words->count_rules);
    }
  words->story_cosine = cg_rules_number (rules, "linking", "pair_story_min_cosine", 0);
  if (words->story_cosine > 0)
    {
      words->story_refs = cg_lexicon_new (cg_rules_entries (rules, "linking", "story_references"));
      words->story_ends = cg_rules_word_set (rules, "linking", "story_reference_ends");
    }
}

static void
pair_words_clear (PairWords *words)
{
  if (words->names)
    cg_lexicon_free (words->names);
  if (words->suffixes)
    cg_lexicon_free (words->suffixes);
  if (words->stopwords)
    g_hash_table_unref (words->stopwords);
  if (words->references)
    cg_lexicon_free (words->references);
  if (words->count_words)
    cg_lexicon_free (words->count_words);
  if (words->count_rules)
    g_ptr_array_unref (words->count_rules);
  if (words->story_refs)
    cg_lexicon_free (words->story_refs);
  if (words->story_ends)
    g_hash_table_unref (words->story_ends);
}

/* Does TEXT point back to a thing its article named before: a phrase of
 * WORDS->story_refs ("the measure", "all of that") or a last word of
 * WORDS->story_ends ("a Trump administration could change that")? */
static gboolean
refers_to_story (const PairWords *words, CgNormalizer *norm, const char *text)
{
  if (cg_normalizer_has_phrase (norm, words->story_refs, text, NULL))
    return TRUE;
  gsize n;
  const char *start = cg_text_last_word (text, FALSE, &n);
  if (start == NULL)
    return FALSE;
  char *last = g_ascii_strdown (start, (gssize) n);
  gboolean hit = g_hash_table_contains (words->story_ends, last);
  g_free (last);
  return hit;
}

/* The counts TEXT gives, into COUNTS (Count): figures of digits, with
 * their thousands commas and decimals ("2,500" is 2500).  A figure that
 * names rather than counts is left out: one glued to a word or a slash
 * ("COVID-19", "F-35", "9/11", "18th"), one after a capitalized word
 * ("Title 42", "March 19"), a clock time ("5 p.m.", "17:00") and a year
 * (1900-2099).  With COUNT_WORDS (may be NULL), the counts written in
 * words too (word_counts(), through the scratch arrays PRINTED, FOLDS,
 * ENDS). */
static void
text_counts (const char *text, const CgLexicon *count_words, GPtrArray *printed, GPtrArray *folds, GArray *ends,
             GArray *counts)
{
  g_array_set_size (counts, 0);
  if (count_words)
    word_counts (text, count_words, printed, folds, ends, counts);
  for (const char *p = text; *p; )
    {
      if (!g_ascii_isdigit (*p))
        {
          p++;
          continue;
        }
      const char *start = p;
      gboolean whole = TRUE;
      double v = 0;
      while (g_ascii_isdigit (*p) || ((*p == ',' || *p == '.') && g_ascii_isdigit (p[1])))
        {
          if (*p == '.')
            {
              whole = FALSE;
              double scale = 0.1;
              for (p++; g_ascii_isdigit (*p); p++, scale /= 10)
                v += (*p - '0') * scale;
              break;
            }
          if (*p != ',')
            v = v * 10 + (*p - '0');
          p++;
        }
      gboolean name = start > text && (g_ascii_isalpha (start[-1]) || start[-1] == '-' || start[-1] == '/');
      name = name || g_ascii_isalpha (*p) || *p == '/' || (*p == ':' && g_ascii_isdigit (p[1]));
      if (!name && *p == ' ' && (g_ascii_strncasecmp (p + 1, "a.m", 3) == 0 || g_ascii_strncasecmp (p + 1, "p.m", 3) == 0))
        name = TRUE;
      if (!name && start - text >= 2 && start[-1] == ' ')
        {
          const char *w = start - 1;
          while (w > text && !g_ascii_isspace (w[-1]))
            w--;
          /* the sentence's first word is capitalized whatever it is */
          name = w > text && g_ascii_isupper (*w);
        }
      if (!name && whole && p - start == 4 && v >= 1900 && v < 2100)
        name = TRUE;
      if (!name)
        {
          Count c = { v, "", FALSE };
          unit_at (p, c.unit);
          g_array_append_val (counts, c);
        }
    }
}

/* Do X and Y each give a count (text_counts()) and no count of one come
 * within RATIO of a count of the other ("More than 2,500 people in ICE
 * custody" against "59 in custody")?  A count in words is weighed only
 * against a count of the same thing, the same word after it ("six
 * points" / "20 points"): "the two women" is no measure of "$4 million". */
static gboolean
counts_differ (GArray *x, GArray *y, double ratio)
{
  gboolean weighed = FALSE;
  for (guint i = 0; i < x->len; i++)
    for (guint j = 0; j < y->len; j++)
      {
        const Count *cx = &g_array_index (x, Count, i), *cy = &g_array_index (y, Count, j);
        if ((cx->word || cy->word) && (cx->unit[0] == 0 || strcmp (cx->unit, cy->unit) != 0))
          continue;
        weighed = TRUE;
        double lo = MIN (cx->value, cy->value), hi = MAX (cx->value, cy->value);
        if (hi <= lo * ratio)
          return FALSE;
      }
  return weighed;
}

/* Does A's content start before B's in their article? */
static gboolean
text_before (const CgAssertion *a, const CgAssertion *b)
{
  return a->sentence < b->sentence || (a->sentence == b->sentence && a->span.start < b->span.start);
}

/* Text K of article ART of EV, K from ev->start[art] to ev->start[art +
 * 1] inclusive: its assertions' texts in order, then its title (*TITLE
 * set), NULL when it has none.  Borrowed. */
static const char *
article_text (EventNames *ev, guint art, guint k, gboolean *title)
{
  *title = k == ev->start[art + 1];
  return *title ? (ev->titles ? ev->titles[art] : NULL) : ((CgAssertion *) g_ptr_array_index (ev->as, ev->order[k]))->text;
}

/* The place of KIND that assertion I's text refers to without naming it
 * ("won that state"): the place of that kind its article names most (over
 * its assertions' texts and its title, the title twice), when named at
 * least twice and twice as often as any other; else the one place of that
 * kind named by the nearest assertion of its article before it (none when
 * that one names two), else NULL.  CACHE holds each article's counts
 * once made ("kind\tname" -> count).  The string belongs to the caller's
 * NEAR set or to CACHE. */
static const char *
referred_place (const PairWords *words, EventNames *ev, GHashTable **cache, guint i, const char *kind,
                GPtrArray *printed, GPtrArray *folds, GArray *ends, GHashTable *near)
{
  if (!ev->ready)
    event_names_prepare (ev);
  guint art = ev->art_of[i];
  CgAssertion *self = g_ptr_array_index (ev->as, i);
  gsize kl = strlen (kind);
  GHashTableIter it;
  gpointer key, value;
  if (cache[art] == NULL)
    {
      GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint k = ev->start[art]; k <= ev->start[art + 1]; k++)
        {
          gboolean title;
          const char *text = article_text (ev, art, k, &title);
          if (!text)
            continue;
          text_places (words, text, printed, folds, ends, near);
          g_hash_table_iter_init (&it, near);
          while (g_hash_table_iter_next (&it, &key, NULL))
            {
              guint c = GPOINTER_TO_UINT (g_hash_table_lookup (counts, key)) + (title ? 2 : 1);
              g_hash_table_insert (counts, g_strdup (key), GUINT_TO_POINTER (c));
            }
        }
      cache[art] = counts;
    }
  const char *best = NULL;
  guint top = 0, second = 0;
  g_hash_table_iter_init (&it, cache[art]);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      guint c = GPOINTER_TO_UINT (value);
      if (strncmp (key, kind, kl) != 0 || ((const char *) key)[kl] != '\t')
        continue;
      if (c > top)
        second = top, top = c, best = key;
      else if (c > second)
        second = c;
    }
  if (top >= 2 && top >= 2 * second)
    return best;
  const CgAssertion *before = NULL;
  for (guint k = ev->start[art]; k < ev->start[art + 1]; k++)
    {
      CgAssertion *o = g_ptr_array_index (ev->as, ev->order[k]);
      if (o == self || !text_before (o, self) || (before && !text_before (before, o)))
        continue;
      text_places (words, o->text, printed, folds, ends, near);
      g_hash_table_iter_init (&it, near);
      while (g_hash_table_iter_next (&it, &key, NULL))
        if (strncmp (key, kind, kl) == 0 && ((const char *) key)[kl] == '\t')
          {
            before = o;
            break;
          }
    }
  if (before)
    {
      text_places (words, before->text, printed, folds, ends, near);
      const char *only = NULL;
      guint found = 0;
      g_hash_table_iter_init (&it, near);
      while (g_hash_table_iter_next (&it, &key, NULL))
        if (strncmp (key, kind, kl) == 0 && ((const char *) key)[kl] == '\t')
          only = key, found++;
      return found == 1 ? only : NULL;
    }
  return NULL;
}

/* Add to PLACES (text_places() of assertion A's text, in FOLDS) the
 * place that text refers to (referred_place()) for each kind of place it
 * names only by a [place_references] phrase ("Obama won the state in 2008
 * and 2012": the state of its story). */
static void
add_referred_places (const PairWords *words, EventNames *ev, GHashTable **cache, guint a, GPtrArray *folds,
                     GHashTable *places)
{
  GPtrArray *printed = NULL, *scratch = NULL;
  GArray *ends = NULL;
  GHashTable *near = NULL;
  char **w = (char **) folds->pdata;
  guint n = folds->len, len;
  for (guint i = 0; i < n; i++)
    {
      const CgRule *r = cg_lexicon_match (words->references, w, n, i, &len);
      if (!r)
        continue;
      i += len - 1;
      const char *kind = cg_rule_attr (r, "kind");
      if (!kind)
        continue;
      char *prefix = g_strdup_printf ("%s\t", kind);
      gboolean named = FALSE;
      GHashTableIter it;
      gpointer key;
      g_hash_table_iter_init (&it, places);
      while (!named && g_hash_table_iter_next (&it, &key, NULL))
        named = g_str_has_prefix (key, prefix);
      g_free (prefix);
      if (named)
        continue;
      if (!near)
        {
          printed = g_ptr_array_new_with_free_func (g_free);
          scratch = g_ptr_array_new_with_free_func (g_free);
          ends = g_array_new (FALSE, FALSE, sizeof (guint));
          near = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        }
      const char *place = referred_place (words, ev, cache, a, kind, printed, scratch, ends, near);
      if (place)
        g_hash_table_add (places, g_strdup (place));
    }
  if (near)
    {
      g_ptr_array_unref (printed);
      g_ptr_array_unref (scratch);
      g_array_unref (ends);
      g_hash_table_unref (near);
    }
}

/* The content concepts of TEXT through NORM (no stopword, negation or
 * number: "the U.S." and "the United States" are one, "taxed" and "tax"
 * too), in order, into OUT (new strings; emptied first). */
static void
content_concepts (CgNormalizer *norm, const char *text, GPtrArray *out)
{
  g_ptr_array_set_size (out, 0);
  CgNormText *t = cg_normalize (norm, text);
  for (guint i = 0; i < t->tokens->len; i++)
    {
      const CgNormToken *k = &g_array_index (t->tokens, CgNormToken, i);
      if (!(k->flags & (CG_NORM_STOP | CG_NORM_NEGATION | CG_NORM_NUMBER)))
        g_ptr_array_add (out, g_strdup (k->concept));
    }
  cg_norm_text_free (t);
}

static gboolean
holds_concept (GPtrArray *concepts, const char *c)
{
  for (guint i = 0; i < concepts->len; i++)
    if (strcmp (g_ptr_array_index (concepts, i), c) == 0)
      return TRUE;
  return FALSE;
}

/* Does article ART (of EV) speak of concept C anywhere: in its title or
 * in any of its assertions' texts (content_concepts())?  CACHE holds each
 * article's concepts once made. */
static gboolean
article_speaks_of (EventNames *ev, CgNormalizer *norm, GHashTable **cache, guint art, const char *c,
                   GPtrArray *scratch)
{
  if (!ev->ready)
    event_names_prepare (ev);
  if (cache[art] == NULL)
    {
      GHashTable *concepts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint k = ev->start[art]; k <= ev->start[art + 1]; k++)
        {
          gboolean title;
          const char *text = article_text (ev, art, k, &title);
          if (!text)
            continue;
          content_concepts (norm, text, scratch);
          for (guint i = 0; i < scratch->len; i++)
            g_hash_table_add (concepts, g_strdup (g_ptr_array_index (scratch, i)));
        }
      cache[art] = concepts;
    }
  return g_hash_table_contains (cache[art], c);
}

/* Is the shorter of two texts, content concepts SX and SY (of articles
 * ART_X and ART_Y; content_concepts()), the other's frame told of another
 * thing: all its concepts but one in the other text, and that one where
 * the other text has a concept of its own, right after the same concept
 * or right before it ("the highest incarceration rate in the world" /
 * "the highest corporate tax rate in the world"; "not waging war on
 * coal" / "not waging a war against guns, it is waging a war on the
 * Constitution"), and neither article speaking anywhere of the other's
 * word (article_speaks_of())?  Two accounts of one story word a thing
 * either way ("fell two votes shy of the 60" / "short of the 60"): each
 * article names the other's word somewhere.  On TRUE, *WX and *WY are the
 * two concepts. */
static gboolean
slot_apart (EventNames *ev, CgNormalizer *norm, GHashTable **cache, guint art_x, guint art_y, GPtrArray *sx,
            GPtrArray *sy, const CgClaimView *vx, const CgClaimView *vy, GHashTable *light, GPtrArray *scratch,
            const char **wx, const char **wy)
{
  gboolean x_short = sx->len <= sy->len;
  GPtrArray *s = x_short ? sx : sy, *l = x_short ? sy : sx;
  const CgClaimView *vs = x_short ? vx : vy;
  guint art_s = x_short ? art_x : art_y, art_l = x_short ? art_y : art_x;
  gint missing = -1;
  for (guint i = 0; i < s->len; i++)
    if (!holds_concept (l, g_ptr_array_index (s, i)))
      {
        if (missing >= 0 && strcmp (g_ptr_array_index (s, missing), g_ptr_array_index (s, i)) != 0)
          return FALSE;
        missing = (gint) i;
      }
  if (missing < 0)
    return FALSE;
  guint i = (guint) missing;
  const char *a = g_ptr_array_index (s, i);
  if (g_hash_table_contains (light, a) || !cg_claim_view_complement_holds (vs, a))
    return FALSE;
  for (guint j = 0; j < l->len; j++)
    {
      const char *b = g_ptr_array_index (l, j);
      if (holds_concept (s, b) || g_hash_table_contains (light, b))
        continue;
      if (!((i > 0 && j > 0 && strcmp (g_ptr_array_index (s, i - 1), g_ptr_array_index (l, j - 1)) == 0)
            || (i + 1 < s->len && j + 1 < l->len && strcmp (g_ptr_array_index (s, i + 1), g_ptr_array_index (l, j + 1)) == 0)))
        continue;
      if (article_speaks_of (ev, norm, cache, art_l, a, scratch) || article_speaks_of (ev, norm, cache, art_s, b, scratch))
        continue;
      *wx = x_short ? a : b;
      *wy = x_short ? b : a;
      return TRUE;
    }
  return FALSE;
}

/* Is MARK (a name cut as mark_words() cuts it) printed by more than
 * ev->anchor_max_share of the corpus's articles?  "Trump" or "Obama" in
 * two texts ties them to no one event: "Mr Trump has yet to provide any
 * evidence" (a soldier's widow) and "Trump and Giuliani have not
 * provided any evidence of wrongdoing" (Ukraine) are two. */
static gboolean
common_name (EventNames *ev, const char *mark)
{
  if (ev->anchor_max_share <= 0 || g_ascii_isdigit (*mark))
    return FALSE;
  if (!ev->ready)
    event_names_prepare (ev);
  return name_df (ev, fnv (FNV_SEED, mark, strlen (mark))) > ev->anchor_max_share * ev->art_ids->len;
}

/* Does a name or figure of MARKS_X stand in STEMS_Y: do the two texts
 * name something of one event in common? */
static gboolean
share_anchor (EventNames *ev, GHashTable *marks_x, GHashTable *stems_y, gboolean *common)
{
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, marks_x);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (!g_hash_table_contains (ev->not_stems, key) && g_hash_table_contains (stems_y, key))
      {
        if (!common_name (ev, key))
          return TRUE;
        *common = TRUE;
      }
  return FALSE;
}

/* Do the words of two texts (STEMS_X, STEMS_Y, cut as mark_words() cuts
 * them) other than their names (MARKS_X, MARKS_Y), stopwords and [dates]
 * meet ev->anchor_words times or more?  Two texts sharing only a common
 * name say one thing of it when they share that much besides: "Obama
 * ... became the first sitting president to endorse same-sex marriage"
 * twice, where "Mr Trump has yet to provide any evidence" shares two. */
static gboolean
share_words (EventNames *ev, GHashTable *stems_x, GHashTable *stems_y, GHashTable *marks_x, GHashTable *marks_y)
{
  GHashTableIter it;
  gpointer key;
  guint shared = 0;
  if (ev->anchor_words == 0)
    return FALSE;
  g_hash_table_iter_init (&it, stems_x);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (g_hash_table_contains (stems_y, key) && !g_hash_table_contains (ev->not_stems, key)
        && !g_hash_table_contains (marks_x, key) && !g_hash_table_contains (marks_y, key)
        && !g_ascii_isdigit (*(const char *) key) && ++shared >= ev->anchor_words)
      return TRUE;
  return FALSE;
}

/* Do two texts sharing only a common name (STEMS_X, STEMS_Y, MARKS_X,
 * MARKS_Y as for share_words()) share a word other than their names
 * that no more than ev->anchor_rare_share of the corpus's articles
 * print?  "mask" ("President Trump has yet to wear a mask in public" /
 * "Mr. Trump for not wearing a mask") ties them to one story where
 * "tweet" or "decision" do not. */
static gboolean
share_rare_word (EventNames *ev, GHashTable *stems_x, GHashTable *stems_y, GHashTable *marks_x,
                 GHashTable *marks_y)
{
  GHashTableIter it;
  gpointer key;
  if (ev->anchor_rare_share <= 0)
    return FALSE;
  g_hash_table_iter_init (&it, stems_x);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (g_hash_table_contains (stems_y, key) && !g_hash_table_contains (ev->not_stems, key)
        && !g_hash_table_contains (marks_x, key) && !g_hash_table_contains (marks_y, key)
        && !g_ascii_isdigit (*(const char *) key))
      {
        DfSlot *d = df_slot (&ev->df, fnv (FNV_SEED, key, strlen (key)) ^ WORD_KEY, FALSE);
        if (d && d->count <= ev->anchor_rare_share * ev->art_ids->len)
          return TRUE;
      }
  return FALSE;
}

static void
event_names_clear (EventNames *ev)
{
  if (ev->vectors)
    for (guint a = 0; a < ev->art_ids->len; a++)
      if (ev->vectors[a])
        g_array_unref (ev->vectors[a]);
  g_free (ev->vectors);
  g_free (ev->norms);
  g_free (ev->not_hashes);
  g_free (ev->order);
  g_free (ev->start);
  g_free (ev->titles);
  g_free (ev->df.slots);
  if (ev->not_stems)
    g_hash_table_unref (ev->not_stems);
}

/* The pairs of opposite words of linking.rules [pair_opposites], stemmed by NORM, as "stem\tstem" in both orders.
 * Returns a new set. */
static GHashTable *
opposite_pairs (CgRules *rules, CgNormalizer *norm)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *list = cg_rules_entries (rules, "linking", "pair_opposites");
  for (guint i = 0; list && i < list->len; i++)
    {
      char *a, *b;
      if (!cg_normalizer_stem_pair (norm, g_ptr_array_index (list, i), &a, &b))
        continue;
      g_hash_table_add (set, g_strdup_printf ("%s\t%s", a, b));
      g_hash_table_add (set, g_strdup_printf ("%s\t%s", b, a));
      g_free (a);
      g_free (b);
    }
  return set;
}

/* TEXT's words, casefolded and stemmed by NORM, into STEMS. */
static void
stem_words (CgNormalizer *norm, const char *text, GHashTable *stems)
{
  GPtrArray *words = printed_words (text);
  for (guint k = 0; k < words->len; k++)
    {
      char *fold = g_utf8_casefold (g_ptr_array_index (words, k), -1);
      g_hash_table_add (stems, cg_normalizer_stem (norm, fold));
      g_free (fold);
    }
  g_ptr_array_unref (words);
}

/* The words of linking.rules [reversal_words], casefolded and stemmed by
 * NORM.  Returns a new set. */
static GHashTable *
reversal_stems (CgRules *rules, CgNormalizer *norm)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *list = cg_rules_entries (rules, "linking", "reversal_words");
  for (guint i = 0; list && i < list->len; i++)
    {
      char *fold = g_utf8_casefold (((CgRule *) g_ptr_array_index (list, i))->phrase, -1);
      g_hash_table_add (set, cg_normalizer_stem (norm, fold));
      g_free (fold);
    }
  return set;
}

/* Does one of X and Y tell a deed undone or untrue (a phrase of
 * REVERSALS: "backed down from imposing a tariff") and the other the deed
 * itself, holding no word of STEMS ("reneging on commitments" and
 * "backtracking on commitments" both tell a retreat; "lying to the
 * committees about the deal" the same lie)?  SX is a scratch set. */
static gboolean
tells_reversal_of (CgNormalizer *norm, const CgLexicon *reversals, GHashTable *stems, const char *x, const char *y,
                   GHashTable *sx)
{
  gboolean hx = cg_normalizer_has_phrase (norm, reversals, x, NULL);
  if (hx == cg_normalizer_has_phrase (norm, reversals, y, NULL))
    return FALSE;
  g_hash_table_remove_all (sx);
  stem_words (norm, hx ? y : x, sx);
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, sx);
  while (g_hash_table_iter_next (&it, &k, NULL))
    if (g_hash_table_contains (stems, k))
      return FALSE;
  return TRUE;
}

/* Does one of X and Y hold a word whose opposite (OPPOSITES) the other
 * holds, neither holding both: "Some taxes paid by wealthy Americans
 * would be repealed" against "paid for ... by new taxes on wealthy
 * Americans"?  SX and SY are scratch sets. */
static gboolean
hold_opposites (CgNormalizer *norm, GHashTable *opposites, const char *x, const char *y, GHashTable *sx,
                GHashTable *sy)
{
  g_hash_table_remove_all (sx);
  g_hash_table_remove_all (sy);
  stem_words (norm, x, sx);
  stem_words (norm, y, sy);
  GHashTableIter ix, iy;
  gpointer kx, ky;
  GString *pair = g_string_new (NULL);
  gboolean hit = FALSE;
  g_hash_table_iter_init (&ix, sx);
  while (!hit && g_hash_table_iter_next (&ix, &kx, NULL))
    {
      if (g_hash_table_contains (sy, kx))
        continue;
      g_hash_table_iter_init (&iy, sy);
      while (!hit && g_hash_table_iter_next (&iy, &ky, NULL))
        {
          if (g_hash_table_contains (sx, ky))
            continue;
          g_string_printf (pair, "%s\t%s", (char *) kx, (char *) ky);
          hit = g_hash_table_contains (opposites, pair->str);
        }
    }
  g_string_free (pair, TRUE);
  return hit;
}

/* Is the poll member P's figure told by the other member O's article
 * too: when P's speaker is named as a poll (a word of POLL_WORDS: "the
 * previous Washington Post-ABC News poll"), does O's article (its title,
 * its assertions' texts and source mentions) print every word of that
 * name that tells the pollster (capitalized, three letters or more, not
 * of NOT_NAMES: "Washington", "ABC")?  Two polls print the same figures
 * often enough ("40 percent approve, 56 percent disapprove" of
 * Washington Post-ABC in April and of USA Today/Suffolk in September);
 * a poll's name is what makes them one.  A speaker of no poll name
 * passes. */
static gboolean
poll_told_by (CgCorpus *corpus, EventNames *ev, const CgAssertion *p, const char *who, guint o_article,
              GHashTable *poll_words, GHashTable *not_names)
{
  CgSpeaker *s = cg_corpus_speaker (corpus, p->speaker_id ? p->speaker_id : who);
  if (s == NULL || s->name == NULL)
    return TRUE;
  GPtrArray *words = printed_words (s->name);
  GPtrArray *wanted = g_ptr_array_new_with_free_func (g_free);
  gboolean poll = FALSE;
  for (guint k = 0; k < words->len; k++)
    {
      const char *w = g_ptr_array_index (words, k);
      char *fold = g_utf8_casefold (w, -1);
      if (g_hash_table_contains (poll_words, fold))
        poll = TRUE;
      else if (g_unichar_isupper (g_utf8_get_char (w)) && g_utf8_strlen (w, -1) >= 3
               && !g_hash_table_contains (not_names, fold))
        {
          g_ptr_array_add (wanted, fold);
          continue;
        }
      g_free (fold);
    }
  g_ptr_array_unref (words);
  gboolean told = TRUE;
  if (poll && wanted->len > 0)
    {
      if (!ev->ready)
        event_names_prepare (ev);
      GHashTable *printed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint k = ev->start[o_article]; k <= ev->start[o_article + 1]; k++)
        {
          const char *texts[2] = { NULL, NULL };
          if (k < ev->start[o_article + 1])
            {
              CgAssertion *x = g_ptr_array_index (ev->as, ev->order[k]);
              texts[0] = x->text, texts[1] = x->source_text;
            }
          else
            texts[0] = ev->titles[o_article];
          for (int t = 0; t < 2; t++)
            {
              if (texts[t] == NULL)
                continue;
              GPtrArray *tw = printed_words (texts[t]);
              for (guint j = 0; j < tw->len; j++)
                g_hash_table_add (printed, g_utf8_casefold (g_ptr_array_index (tw, j), -1));
              g_ptr_array_unref (tw);
            }
        }
      for (guint k = 0; told && k < wanted->len; k++)
        told = g_hash_table_contains (printed, g_ptr_array_index (wanted, k));
      g_hash_table_unref (printed);
    }
  g_ptr_array_unref (wanted);
  return told;
}

/* The stems of the words no frame is told of (pair_template_slots):
 * claimview.rules [light_words] ("need", "make"), linking.rules
 * [ordinals], [superlatives], [comparatives] and [template_light_words]
 * ("first", "last"): a rank or a degree against another is for
 * degree_apart() and the numeric tests to weigh.  Returns a new set of
 * new strings. */
static GHashTable *
slot_light_words (CgRules *rules, CgNormalizer *norm)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *sections[][2] = { { "claimview", "light_words" }, { "linking", "ordinals" }, { "linking", "superlatives" },
                                { "linking", "comparatives" }, { "linking", "template_light_words" } };
  for (guint k = 0; k < G_N_ELEMENTS (sections); k++)
    {
      GPtrArray *entries = cg_rules_entries (rules, sections[k][0], sections[k][1]);
      for (guint i = 0; entries && i < entries->len; i++)
        g_hash_table_add (set, cg_normalizer_stem (norm, ((CgRule *) g_ptr_array_index (entries, i))->words[0]));
    }
  return set;
}

/* Whether link L joins two voices (same_as, supports or quotes between
 * members POS numbers, each with a voice in WHO_OF) that are apart and
 * both COUNTED; *F and *T get the members, *RF and *RT their voices'
 * roots in VPARENT. */
static gboolean
joining_ends (const CgLink *l, GHashTable *pos, const char **who_of, guint *vparent, const gboolean *counted,
              guint *f, guint *t, guint *rf, guint *rt)
{
  if (l->relation != CG_RELATION_SAME_AS && l->relation != CG_RELATION_SUPPORTS && l->relation != CG_RELATION_QUOTES)
    return FALSE;
  *f = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->from));
  *t = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->to));
  if ((*f)-- == 0 || (*t)-- == 0 || !who_of[*f] || !who_of[*t])
    return FALSE;
  *rf = uf_find (vparent, *f);
  *rt = uf_find (vparent, *t);
  return *rf != *rt && counted[*rf] && counted[*rt];
}

/* Corroboration is a direct agreement: set PAIRED[c] for each claim with
 * a link (same_as, supports, quotes) between members of two counted
 * voices (COUNTED, per voice root) that says one proposition of both, and
 * IN_PAIR[r] for the voices it joins.  Not a chain: in "Joseph Maguire is
 * acting director of national intelligence" -- "Acting Director ...
 * Maguire is scheduled to appear ..." -- "Maguire is scheduled to
 * appear ...", only the last two agree.  The link says one proposition
 * when the two texts share SAME_JACCARD of their words, or when their
 * claim views agree (cg_claim_views_agree(): same subject, predicate,
 * polarity and mood), so "The case is Espinoza v. Montana ..." held whole
 * in "The outrage of the day ... is the Supreme Court's decision in
 * Espinoza v. Montana ..." is two claims about one case.  The two members
 * must be printed by two outlets (unless TWO_OUTLETS is FALSE), dated
 * within MAX_DAYS of each other when both are dated ("The bill now goes
 * to the Senate" of 2013 and of 2015 are two bills), and each voice must
 * name its speaker in some member (PRONOUNS; NULL to skip): a voice only
 * read into "he" or "we" may be the other speaker under a wrong name.
 * Neither text may be a survey's note on its own method (METHOD_NOTES
 * through NORM; NULL to skip): "It had a margin of error of 3 percentage
 * points" of two polls is the same words about two things.  Two texts
 * giving counts none of which is within COUNT_RATIO of the other's
 * (counts_differ(); 0 to skip) count two things; with WORDS (NULL to
 * skip) counts in words count too ("six points").  A text naming its
 * place only by a phrase of PLACE_REFS ("that district", "the county";
 * NULL to skip) agrees only within one story (one_event() of EVENTS); two
 * texts naming places of one kind, none in both (text_places() of WORDS),
 * tell of two places.  A text holding a phrase of REVERSALS (NULL to
 * skip; "backed down from", "lied about") tells the deed undone or untrue
 * against another holding no word of REVERSAL_WORDS (tells_reversal_of()). */
static void
mark_direct_pairs (CgCorpus *corpus, GPtrArray *as, guint n, GHashTable *pos, const guint *claim_of,
                   const char **who_of, guint *vparent, const gboolean *counted, const guint *art_of,
                   GPtrArray *art_ids, CgClaimViewer *viewer, GHashTable *pronouns, GHashTable *text_pronouns,
                   GHashTable *numbers, GHashTable *openers, guint fragment_min, guint demand_words, GHashTable *event_words, double event_days, double same_jaccard, double max_days, gboolean two_outlets,
                   CgNormalizer *norm, const CgLexicon *method_notes, const CgLexicon *hearsay, EventNames *events,
                   double count_ratio, const CgLexicon *place_refs, const PairWords *words, GHashTable *opposites,
                   GHashTable *poll_words, GHashTable *poll_not_names, gboolean author_verdicts,
                   gboolean mention_outlets, const CgLexicon *reversals, GHashTable *reversal_words,
                   GHashTable *doc_stopwords, GHashTable *determiners, GHashTable *slot_light, gboolean *paired,
                   gboolean *in_pair)
{
  GHashTable *ox = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *oy = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *printed = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *folds = g_ptr_array_new_with_free_func (g_free);
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTable *px = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *py = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable **art_places = g_new0 (GHashTable *, art_ids->len);   /* referred_place()'s counts */
  GArray *cx = g_array_new (FALSE, FALSE, sizeof (Count));
  GArray *cy = g_array_new (FALSE, FALSE, sizeof (Count));
  GHashTable **art_stems = g_new0 (GHashTable *, art_ids->len);   /* article_speaks_of()'s concepts */
  GPtrArray *sx = g_ptr_array_new_with_free_func (g_free), *sy = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *stem_scratch = g_ptr_array_new_with_free_func (g_free);
  gboolean *named = g_new0 (gboolean, n);   /* per voice root */
  if (pronouns)
    {
      /* Only the voices the loop below asks about: those at the ends of
       * a joining link, apart and counted.  The test reads the names of
       * every member, and most of a corpus is in claims of one voice (at
       * p10 it was 210M of scoring's 558M instructions). */
      guint8 *asked = g_new0 (guint8, n);   /* per voice root */
      for (guint k = 0; k < corpus->links->len; k++)
        {
          guint f, t, rf, rt;
          if (joining_ends (g_ptr_array_index (corpus->links, k), pos, who_of, vparent, counted, &f, &t, &rf, &rt))
            asked[rf] = asked[rt] = 1;
        }
      for (guint i = 0; i < n; i++)
        {
          if (!who_of[i])
            continue;
          guint r = uf_find (vparent, i);
          if (asked[r] && !named[r] && speaker_named (g_ptr_array_index (as, i), pronouns)
              && (doc_stopwords == NULL
                  || document_named (corpus, g_ptr_array_index (as, i), who_of[i], doc_stopwords, determiners)))
            named[r] = TRUE;
        }
      g_free (asked);
    }
  CgClaimView **views = g_new0 (CgClaimView *, n);
  GHashTable *sets[6];   /* marks of f, of t; years of f, of t; stems of f, of t */
  for (int side = 0; side < 6; side++)
    sets[side] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GArray *wx = g_array_new (FALSE, FALSE, sizeof (guint64));
  GArray *wy = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint k = 0; k < corpus->links->len; k++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, k);
      guint f, t, rf, rt;
      if (!joining_ends (l, pos, who_of, vparent, counted, &f, &t, &rf, &rt))
        continue;
      if (pronouns && (!named[rf] || !named[rt]))
        continue;
      const char *of = outlet_of (corpus, as, f, art_of, art_ids), *ot = outlet_of (corpus, as, t, art_of, art_ids);
      if (two_outlets && strcmp (of, ot) == 0)
        continue;
      if (names_outlet (corpus, who_of[rf], ot) || names_outlet (corpus, who_of[rt], of))
        continue;
      CgAssertion *af = g_ptr_array_index (as, f), *at = g_ptr_array_index (as, t);
      /* a speaker of the other's house speaks for it */
      if (mention_outlets && (mention_names_outlet (af->source_text, ot) || mention_names_outlet (at->source_text, of)))
        continue;
      if (opens_fragment (af, openers) || opens_fragment (at, openers) || states_demand (af, demand_words)
          || states_demand (at, demand_words) || quotes_fragment_of (af, at, fragment_min)
          || quotes_fragment_of (at, af, fragment_min)
          || same_family (corpus, who_of[rf], who_of[rt]))
        continue;
      for (int side = 0; side < 6; side++)
        g_hash_table_remove_all (sets[side]);
      gboolean pronoun = mark_words (af->text, numbers, text_pronouns, sets[0], sets[4], sets[2]);
      pronoun = mark_words (at->text, numbers, text_pronouns, sets[1], sets[5], sets[3]) || pronoun;
      guint df = article_day (corpus, af->article_id), dt = article_day (corpus, at->article_id);
      double apart = df && dt ? (double) (df > dt ? df - dt : dt - df) : 0;
      if (apart > max_days && !sets_meet (sets[2], sets[3], TRUE))
        continue;
      if (apart > event_days && (tells_event_time (af->text, event_words) || tells_event_time (at->text, event_words)))
        continue;
      if (cites_source (af, at) || cites_source (at, af))
        continue;
      if (method_notes && (cg_normalizer_has_phrase (norm, method_notes, af->text, NULL)
                           || cg_normalizer_has_phrase (norm, method_notes, at->text, NULL)))
        continue;
      if (hearsay && (cg_normalizer_has_phrase (norm, hearsay, af->text, NULL)
                      || cg_normalizer_has_phrase (norm, hearsay, at->text, NULL)))
        continue;
      /* "backed down from imposing a tariff" tells the deed undone that
       * "already imposed tariffs" tells done */
      if (reversals && tells_reversal_of (norm, reversals, reversal_words, af->text, at->text, ox))
        continue;
      double jaccard = words_jaccard (af->text, at->text, wx, wy);
      gboolean close = !marks_differ (sets[0], sets[4], sets[1], sets[5]) && jaccard >= same_jaccard;
      /* nearly the same words quoted from two speakers are one utterance
       * under two names, or a slogan passed on */
      if (close && is_quotation (af) && is_quotation (at))
        continue;
      /* a pronoun of two writers is their story's subject; of two
       * speakers, maybe each speaker himself */
      gboolean same = close && (!pronoun || (af->kind == CG_KIND_AUTHOR && at->kind == CG_KIND_AUTHOR));
      if (!same && viewer)
        {
          if (views[f] == NULL)
            views[f] = cg_claim_view_new (viewer, af, FALSE);
          if (views[t] == NULL)
            views[t] = cg_claim_view_new (viewer, at, FALSE);
          same = cg_claim_views_agree (viewer, views[f], views[t], NULL);
        }
      if (!same)
        continue;
      /* a writer calling a thing a sham in his own voice is telling what
       * someone believes ("The Russia investigation is a sham", Vox
       * explaining QAnon), not backing a speaker who says so */
      if (author_verdicts && viewer && (af->kind == CG_KIND_AUTHOR || at->kind == CG_KIND_AUTHOR))
        {
          if (views[f] == NULL)
            views[f] = cg_claim_view_new (viewer, af, FALSE);
          if (views[t] == NULL)
            views[t] = cg_claim_view_new (viewer, at, FALSE);
          if ((af->kind == CG_KIND_AUTHOR && cg_claim_view_calls_false (viewer, views[f]))
              || (at->kind == CG_KIND_AUTHOR && cg_claim_view_calls_false (viewer, views[t])))
            continue;
        }
      if (count_ratio > 0 || poll_words)
        {
          const CgLexicon *count_words = words ? words->count_words : NULL;
          text_counts (af->text, count_words, printed, folds, ends, cx);
          text_counts (at->text, count_words, printed, folds, ends, cy);
          if (count_ratio > 0 && counts_differ (cx, cy, count_ratio))
            continue;
        }
      /* the same figures of two polls */
      if (poll_words && events && cx->len > 0 && cy->len > 0
          && (!poll_told_by (corpus, events, af, who_of[rf], art_of[t], poll_words, poll_not_names)
              || !poll_told_by (corpus, events, at, who_of[rt], art_of[f], poll_words, poll_not_names)))
        continue;
      /* "that district" is the place of its article's story, which the
       * other text may not tell */
      if (place_refs && events && !one_event (events, art_of[f], art_of[t])
          && (cg_normalizer_has_phrase (norm, place_refs, af->text, NULL)
              || cg_normalizer_has_phrase (norm, place_refs, at->text, NULL)))
        continue;
      /* one frame told of two things in two stories, each article
       * silent on the other's word */
      if (slot_light && events && norm && viewer && !one_event (events, art_of[f], art_of[t]))
        {
          const char *wa, *wb;
          content_concepts (norm, af->text, sx);
          content_concepts (norm, at->text, sy);
          if (views[f] == NULL)
            views[f] = cg_claim_view_new (viewer, af, FALSE);
          if (views[t] == NULL)
            views[t] = cg_claim_view_new (viewer, at, FALSE);
          if (slot_apart (events, norm, art_stems, art_of[f], art_of[t], sx, sy, views[f], views[t], slot_light,
                          stem_scratch, &wa, &wb))
            continue;
        }
      if (words && words->names)
        {
          text_places (words, af->text, printed, folds, ends, px);
          if (events)
            add_referred_places (words, events, art_places, f, folds, px);
          text_places (words, at->text, printed, folds, ends, py);
          if (events)
            add_referred_places (words, events, art_places, t, folds, py);
          if (places_differ (px, py))
            continue;
        }
      /* texts naming nothing in common (no name or figure in both)
       * tell one event only when their articles tell one story */
      gboolean common = FALSE;
      gboolean anchor = events && (share_anchor (events, sets[0], sets[5], &common)
                                   || share_anchor (events, sets[1], sets[4], &common));
      if (events && !anchor
          && !(common && (share_words (events, sets[4], sets[5], sets[0], sets[1])
                          || share_rare_word (events, sets[4], sets[5], sets[0], sets[1])))
          && !one_event (events, art_of[f], art_of[t]))
        continue;
      /* naming nothing in common, a text pointing back to a thing of its
       * article ("a bill that does all of that") tells that thing only
       * where the two articles tell one story closely */
      if (events && !anchor && words && words->story_cosine > 0 && norm
          && (refers_to_story (words, norm, af->text) || refers_to_story (words, norm, at->text))
          && !event_at_least (events, art_of[f], art_of[t], words->story_cosine))
        continue;
      if (opposites && hold_opposites (norm, opposites, af->text, at->text, ox, oy))
        continue;
      paired[claim_of[f]] = TRUE;
      in_pair[rf] = in_pair[rt] = TRUE;
    }
  g_hash_table_unref (ox);
  g_hash_table_unref (oy);
  for (guint i = 0; i < n; i++)
    if (views[i])
      cg_claim_view_free (views[i]);
  g_free (views);
  for (int side = 0; side < 6; side++)
    g_hash_table_unref (sets[side]);
  g_array_unref (wx);
  g_array_unref (wy);
  g_array_unref (cx);
  g_array_unref (cy);
  g_ptr_array_unref (printed);
  g_ptr_array_unref (folds);
  g_array_unref (ends);
  g_hash_table_unref (px);
  g_hash_table_unref (py);
  for (guint a = 0; a < art_ids->len; a++)
    if (art_places[a])
      g_hash_table_unref (art_places[a]);
  g_free (art_places);
  for (guint a = 0; a < art_ids->len; a++)
    if (art_stems[a])
      g_hash_table_unref (art_stems[a]);
  g_free (art_stems);
  g_ptr_array_unref (sx);
  g_ptr_array_unref (sy);
  g_ptr_array_unref (stem_scratch);
  g_free (named);
}

/* Does TEXT name someone or something: a capitalized word, not a
 * stopword ("The", "It"), anywhere in it? */
static gboolean
names_someone (const char *text, GHashTable *stopwords)
{
  for (const char *p = text; *p;)
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isalnum (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      const char *start = p;
      while (*p && g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (!g_unichar_isupper (c))
        continue;
      char *fold = g_utf8_casefold (start, p - start);
      gboolean stop = g_hash_table_contains (stopwords, fold);
      g_free (fold);
      if (!stop)
        return TRUE;
    }
  return FALSE;
}

/* A chain is no claim: in each cluster of MIN_SIZE members or more
 * (PARENT, over the joining links JOINS, member indexes two by two), cut
 * every bridge, a link whose removal splits the cluster, that leaves
 * MIN_SIDE members or more on each side and is REWORDED (per link: a
 * supports, or the same words as a part of a longer text), and make
 * PARENT the clusters of the links left.  Copies of one text stay joined
 * however sparse their links: the linker links a new copy to a few
 * earlier ones only (cluster_skip).  "Republicans to win control of the
 * Senate" repeated in "Republicans need to pick up six seats to win
 * control of the Senate" and in "The retirement of Baucus gives Republicans another opportunity
 * in its quest to win control of the Senate" joins two groups of
 * sentences by one link each; copies and rewordings of one proposition
 * link to each other many times over.  A bridge to a single member stays
 * (a member said once is no group of its own).  Bridges by Tarjan's
 * lowpoints, iteratively (a chain of a thousand members is no stack
 * depth). */
static void
split_at_bridges (guint n, guint *parent, const GArray *joins, const GArray *reworded, guint min_size, guint min_side)
{
  const guint *e = (const guint *) joins->data;
  guint ne = joins->len / 2;
  guint *size = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    size[uf_find (parent, i)]++;
  /* adjacency (CSR) of the links within large clusters */
  guint *start = g_new0 (guint, n + 1);
  for (guint k = 0; k < ne; k++)
    if (size[uf_find (parent, e[2 * k])] >= min_size)
      start[e[2 * k]]++, start[e[2 * k + 1]]++;
  for (guint i = 0, sum = 0; i <= n; i++)
    {
      guint c = i < n ? start[i] : 0;
      start[i] = sum;
      sum += c;
    }
  guint *fill = g_memdup2 (start, (n + 1) * sizeof (guint));
  guint *adj = g_new (guint, start[n] ? start[n] : 1);   /* link index */
  for (guint k = 0; k < ne; k++)
    if (size[uf_find (parent, e[2 * k])] >= min_size)
      adj[fill[e[2 * k]]++] = k, adj[fill[e[2 * k + 1]]++] = k;
  gboolean *cut = g_new0 (gboolean, ne);
  guint *disc = g_new0 (guint, n), *low = g_new (guint, n), *sub = g_new (guint, n);
  guint *via = g_new (guint, n);   /* the link a member was reached by */
  guint *next = g_new (guint, n);  /* its next adjacency slot */
  guint *stack = g_new (guint, n), clock = 0;
  for (guint r = 0; r < n; r++)
    {
      if (disc[r] || start[r] == start[r + 1])
        continue;
      guint top = 0, csize = size[uf_find (parent, r)];
      stack[top++] = r;
      disc[r] = low[r] = ++clock, sub[r] = 1, via[r] = G_MAXUINT, next[r] = start[r];
      while (top)
        {
          guint u = stack[top - 1];
          if (next[u] < start[u + 1])
            {
              guint k = adj[next[u]++];
              if (k == via[u])
                continue;
              guint v = e[2 * k] == u ? e[2 * k + 1] : e[2 * k];
              if (disc[v])
                low[u] = MIN (low[u], disc[v]);
              else
                {
                  disc[v] = low[v] = ++clock, sub[v] = 1, via[v] = k, next[v] = start[v];
                  stack[top++] = v;
                }
              continue;
            }
          top--;
          if (top == 0)
            break;
          guint p = stack[top - 1];
          low[p] = MIN (low[p], low[u]);
          sub[p] += sub[u];
          if (low[u] > disc[p] && sub[u] >= min_side && csize - sub[u] >= min_side
              && g_array_index (reworded, gboolean, via[u]))
            cut[via[u]] = TRUE;
        }
    }
  for (guint i = 0; i < n; i++)
    parent[i] = i;
  for (guint k = 0; k < ne; k++)
    if (!cut[k])
      uf_union (parent, e[2 * k], e[2 * k + 1]);
  g_free (size);
  g_free (start);
  g_free (fill);
  g_free (adj);
  g_free (cut);
  g_free (disc);
  g_free (low);
  g_free (sub);
  g_free (via);
  g_free (next);
  g_free (stack);
}


/* Index the assertions AS: POS maps each id to its index + 1, ART each
 * article id to its index + 1 (ids in ART_IDS, in order of first
 * assertion, not copied), ART_SIZE counts each article's assertions.
 * Returns each assertion's article index, newly allocated (g_free). */
static guint *
index_articles (GPtrArray *as, GHashTable *pos, GHashTable *art, GPtrArray *art_ids, GArray *art_size)
{
  guint n = as->len;
  /* an article's assertions mostly follow each other, so the last one
   * answers without hashing */
  guint *art_of = g_new (guint, n);
  const char *last_aid = NULL;
  guint last_ai = 0;
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (a->id)
        g_hash_table_insert (pos, a->id, GUINT_TO_POINTER (i + 1));
      const char *aid = a->article_id ? a->article_id : "";
      if (last_aid == NULL || strcmp (aid, last_aid) != 0)
        {
          last_ai = GPOINTER_TO_UINT (g_hash_table_lookup (art, aid));
          if (last_ai == 0)
            {
              g_ptr_array_add (art_ids, (gpointer) aid);
              g_hash_table_insert (art, (gpointer) aid, GUINT_TO_POINTER (art_ids->len));
              guint zero = 0;
              g_array_append_val (art_size, zero);
              last_ai = art_ids->len;
            }
          last_aid = aid;
        }
      art_of[i] = last_ai - 1;
      g_array_index (art_size, guint, last_ai - 1)++;
    }
  return art_of;
}

/* Article X is a copy of article Y, or Y of X, by one of two tests. */
typedef struct {
  guint x;
  guint y;
  guint shared;   /* X's author claims linked same_as to Y's; same_as links for the share test */
  guint run;      /* the longest run of them in a row among X's author claims; 0 for the share test */
  guint authored; /* X's author claims; the smaller article's assertions for the share test */
} CopyPair;

/* Near-duplicate articles, as an article union-find (NA articles; each
 * assertion's article in ART_OF, ids to index + 1 in POS, assertions per
 * article in ART_SIZE): two articles are one carrier when they share
 * wire_min_shared same_as links covering wire_overlap of the smaller
 * one's assertions (most of it reprinted), or when copy_article_run
 * author sentences in a row of one are linked same_as to author sentences
 * of the other (a wire passage reprinted without a credit: independent
 * reports of one event share facts, seldom several of the writer's
 * sentences in a row).  With PAIRS, append to it a CopyPair per pair
 * found by either test.  Returns the parents, newly
 * allocated (g_free). */
static guint *
copy_articles (CgCorpus *corpus, CgRules *rules, GHashTable *pos, const guint *art_of, GArray *art_size, guint na,
               GArray *pairs)
{
  double wire_min = cg_rules_number (rules, "linking", "wire_min_shared", 3);
  double wire_overlap = cg_rules_number (rules, "linking", "wire_overlap", 0.6);
  guint copy_run = (guint) cg_rules_number (rules, "linking", "copy_article_run", 2);
  GPtrArray *as = corpus->assertions;
  guint *aparent = g_new (guint, na);
  for (guint i = 0; i < na; i++)
    aparent[i] = i;
  guint *authored = g_new0 (guint, na);
  guint *rank = g_new (guint, as->len);
  for (guint i = 0; i < as->len; i++)
    if (((CgAssertion *) g_ptr_array_index (as, i))->kind == CG_KIND_AUTHOR)
      rank[i] = authored[art_of[i]]++;
  GHashTable *pair_shared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* an author claim of article X linked same_as to one of article Y, as a
   * Trait sorting by X, Y, then its place among X's author claims:
   * claim X, key Y, member its place */
  GArray *at = g_array_new (FALSE, FALSE, sizeof (Trait));
  for (guint k = 0; k < corpus->links->len; k++)
    {
      CgLink *l = g_ptr_array_index (corpus->links, k);
      if (l->relation != CG_RELATION_SAME_AS)
        continue;
      guint f = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->from));
      guint t = GPOINTER_TO_UINT (g_hash_table_lookup (pos, l->to));
      if (f-- == 0 || t-- == 0)
        continue;
      guint xa = art_of[f], ya = art_of[t];
      char *key = g_strdup_printf ("%u %u", MIN (xa, ya), MAX (xa, ya));
      guint c = GPOINTER_TO_UINT (g_hash_table_lookup (pair_shared, key)) + 1;
      g_hash_table_replace (pair_shared, key, GUINT_TO_POINTER (c));
      if (xa == ya || ((CgAssertion *) g_ptr_array_index (as, f))->kind != CG_KIND_AUTHOR
          || ((CgAssertion *) g_ptr_array_index (as, t))->kind != CG_KIND_AUTHOR)
        continue;
      Trait e = { xa, rank[f], ya };
      g_array_append_val (at, e);
      Trait r = { ya, rank[t], xa };
      g_array_append_val (at, r);
    }

  /* most of the smaller article the same words */
  GHashTableIter it;
  gpointer key, val;
  g_hash_table_iter_init (&it, pair_shared);
  while (g_hash_table_iter_next (&it, &key, &val))
    {
      guint xa, ya, c = GPOINTER_TO_UINT (val);
      if (sscanf (key, "%u %u", &xa, &ya) != 2)
        continue;
      guint smaller = MIN (g_array_index (art_size, guint, xa), g_array_index (art_size, guint, ya));
      if (c >= wire_min && smaller > 0 && (double) c / smaller >= wire_overlap && xa != ya)
        {
          uf_union (aparent, xa, ya);
          CopyPair p = { xa, ya, c, 0, smaller };
          if (pairs)
            g_array_append_val (pairs, p);
        }
    }

  /* runs of author sentences the same */
  sort_traits (at);
  for (guint k = 0; k < at->len;)
    {
      Trait *e = &g_array_index (at, Trait, k);
      CopyPair p = { e->claim, (guint) e->key, 0, 0, authored[e->claim] };
      guint run = 0, prev = 0;
      for (; k < at->len && g_array_index (at, Trait, k).claim == p.x && g_array_index (at, Trait, k).key == p.y; k++)
        {
          guint r = g_array_index (at, Trait, k).member;
          if (p.shared > 0 && r == prev)
            continue;
          run = p.shared > 0 && r == prev + 1 ? run + 1 : 1;
          p.shared++;
          p.run = MAX (p.run, run);
          prev = r;
        }
      if (copy_run > 0 && p.run >= copy_run)
        {
          uf_union (aparent, p.x, p.y);
          if (pairs)
            g_array_append_val (pairs, p);
        }
    }
  g_array_unref (at);
  g_hash_table_unref (pair_shared);
  g_free (rank);
  g_free (authored);
  return aparent;
}

/* The claims' records: NCLAIMS claims, ids c1.., each with the ids of
 * its members (CLAIM_OF, per assertion of AS) in order.  A sixth of
 * scoring is allocating them, and nothing but the verdicts' last steps
 * reads them: made on a thread of their own beside the voices.  With
 * MEMBERS (per claim, its member count), only the claims of two members
 * or more get one here; the slot of a claim of one is NULL, its record
 * made at the end if it needs one (claim_record()). */
typedef struct {
  GPtrArray   *as;
  const guint *claim_of;
  guint        nclaims;
  const guint *members;
  GPtrArray   *claims;    /* out: the claims (a new array, the caller's) */
} ClaimsMade;

static gpointer
claims_make_thread (gpointer data)
{
  ClaimsMade *m = data;
  m->claims = g_ptr_array_sized_new (m->nclaims);
  for (guint c = 0; c < m->nclaims; c++)
    {
      CgClaim *cl = NULL;
      if (m->members == NULL || m->members[c] > 1)
        {
          cl = cg_claim_new ();
          cl->id = claim_id (c + 1);
        }
      g_ptr_array_add (m->claims, cl);
    }
  for (guint i = 0; i < m->as->len; i++)
    {
      CgClaim *cl = g_ptr_array_index (m->claims, m->claim_of[i]);
      if (cl)
        g_ptr_array_add (cl->assertions, g_strdup (((CgAssertion *) g_ptr_array_index (m->as, i))->id));
    }
  return NULL;
}

/* What a sparse scoring keeps of the claims of one member, which have
 * no record until they need one: per claim, its member (LONE, an index
 * into AS) and the supporter the voices gave it (SOLE, or NULL). */
typedef struct {
  GPtrArray   *as;
  GPtrArray   *claims;    /* ClaimsMade.claims */
  const guint *lone;
  const char **sole;
} LoneClaims;

/* Claim C's record, made now if it has none (a claim of one member: see
 * ClaimsMade), with its member and its supporter. */
static CgClaim *
claim_record (LoneClaims *lc, guint c)
{
  CgClaim *cl = g_ptr_array_index (lc->claims, c);
  if (cl)
    return cl;
  cl = cg_claim_new ();
  cl->id = claim_id (c + 1);
  g_ptr_array_add (cl->assertions, g_strdup (((CgAssertion *) g_ptr_array_index (lc->as, lc->lone[c]))->id));
  add_unique (cl->supporters, lc->sole[c]);
  g_ptr_array_index (lc->claims, c) = cl;
  return cl;
}

/* cg_score_claims(), and with IMPLIED (not while `show` asks why) what
 * cg_score_claims_sparse() gives. */
static void
score_claims (CgCorpus *corpus, CgRules *rules, guint **implied, guint *n_claims)
{
  g_ptr_array_set_size (corpus->claims, 0);
  GPtrArray *as = corpus->assertions;
  guint n = as->len;
  if (implied)
    *implied = NULL, *n_claims = 0;
  if (n == 0)
    return;
  double needed = cg_rules_number (rules, "linking", "corroborated_supporters", 2);
  double needed_outlets = cg_rules_number (rules, "linking", "corroborated_outlets", 2);
  gboolean by_outlet = cg_rules_number (rules, "linking", "outlet_one_carrier", 1) != 0;
  gboolean by_wire = cg_rules_number (rules, "linking", "wire_credit_one_voice", 1) != 0;
  guint copy_min_words = (guint) MAX (1, cg_rules_number (rules, "linking", "copy_min_words", 15));
  guint copy_min_whole = (guint) MAX (1, cg_rules_number (rules, "linking", "copy_min_whole_words", 7));
  double max_days = cg_rules_number (rules, "linking", "supports_max_days", 183);
  guint quote_run = (guint) MAX (1, cg_rules_number (rules, "linking", "quote_run_words", 6));
  guint quote_short = (guint) cg_rules_number (rules, "linking", "quote_short_words", 3);
  guint quote_fragment = (guint) cg_rules_number (rules, "linking", "quote_fragment_words", 4);
  guint ctx_window = (guint) cg_rules_number (rules, "linking", "context_assertions", 3);
  guint ctx_shingle = (guint) cg_rules_number (rules, "linking", "context_run_words", 4);
  double ctx_share = cg_rules_number (rules, "linking", "context_copy_share", 0.3);
  guint ctx_min = (guint) cg_rules_number (rules, "linking", "context_copy_min_runs", 5);
  guint min_words = (guint) cg_rules_number (rules, "linking", "supporter_min_words", 6);

  GHashTable *pos = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *art = g_hash_table_new (g_str_hash, g_str_equal);  /* article id -> index + 1 */
  GPtrArray *art_ids = g_ptr_array_new ();
  GArray *art_size = g_array_new (FALSE, TRUE, sizeof (guint));
  guint *art_of = index_articles (as, pos, art, art_ids, art_size);
  gboolean direct = cg_rules_number (rules, "linking", "corroboration_direct", 1) != 0;
  EventNames events;
  GThread *events_thread = direct ? event_names_start (&events, corpus, rules, as, art_of, art_ids, EVENT_CHUNK, TRUE)
                                  : NULL;

  GHashTable *hearer_cues = cg_rules_number (rules, "linking", "hearer_not_source", 1) != 0
                            ? cg_rules_word_set (rules, "linking", "hearer_cues") : NULL;
  guint *parent = g_new (guint, n);
  guint *origin = g_new (guint, n);   /* quotes: the assertion quoted */
  for (guint i = 0; i < n; i++)
    parent[i] = origin[i] = i;
  gboolean *same_words = g_new0 (gboolean, n);   /* joined by same_as or quotes */
  GArray *joins = g_array_new (FALSE, FALSE, sizeof (guint));   /* the joining links' members, two by two */
  GArray *reworded = g_array_new (FALSE, FALSE, sizeof (gboolean));   /* per joining link: not the same words */
  double split_ratio = cg_rules_number (rules, "linking", "claim_split_part", 0);
  GArray *split_words = g_array_new (FALSE, FALSE, sizeof (guint64));
  GHashTable *split_stopwords = cg_rules_number (rules, "linking", "claim_split_unnamed", 1) != 0
                                ? cg_rules_word_set (rules, "stopwords", NULL) : NULL;

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
      guint pair[2] = { f, t };
      g_array_append_vals (joins, pair, 2);
      gboolean other_words = l->relation == CG_RELATION_SUPPORTS;
      if (!other_words && l->relation == CG_RELATION_SAME_AS && split_ratio > 0)
        {
          /* the same words as a part of a longer text: a phrase two
           * different sentences can share */
          g_array_set_size (split_words, 0);
          word_hashes (((CgAssertion *) g_ptr_array_index (as, f))->text, split_words);
          guint wf = split_words->len;
          g_array_set_size (split_words, 0);
          word_hashes (((CgAssertion *) g_ptr_array_index (as, t))->text, split_words);
          guint wt = split_words->len;
          other_words = MIN (wf, wt) < split_ratio * MAX (wf, wt);
        }
      /* a clause naming no one ("to step aside") is the same words as
       * any subject's ("Trump to step aside", "Akin to step aside") */
      if (!other_words && l->relation == CG_RELATION_SAME_AS && split_stopwords)
        other_words = names_someone (((CgAssertion *) g_ptr_array_index (as, f))->text, split_stopwords)
                      != names_someone (((CgAssertion *) g_ptr_array_index (as, t))->text, split_stopwords);
      g_array_append_val (reworded, other_words);
      if (l->relation != CG_RELATION_SUPPORTS)
        same_words[f] = same_words[t] = TRUE;
      if (l->relation == CG_RELATION_QUOTES)
        origin[f] = t;
    }

  guint split_min = (guint) cg_rules_number (rules, "linking", "claim_split_size", 0);
  if (split_min > 0)
    split_at_bridges (n, parent, joins, reworded, split_min, (guint) MAX (1, cg_rules_number (rules, "linking", "claim_split_side", 2)));
  g_array_unref (joins);
  g_array_unref (reworded);
  g_array_unref (split_words);
  if (split_stopwords)
    g_hash_table_unref (split_stopwords);

  guint na = art_ids->len;
  guint *aparent = copy_articles (corpus, rules, pos, art_of, art_size, na, NULL);

  /* The author speaker of each article, to name the carrier that disputes. */
  char **author_of = g_new0 (char *, na);
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      guint ai = art_of[i];
      if (a->kind == CG_KIND_AUTHOR && a->speaker_id && author_of[ai] == NULL)
        author_of[ai] = a->speaker_id;
    }

  /* claims in order of their first member; a root's claim index + 1 */
  guint *claim_of_root = g_new0 (guint, n);
  guint *claim_of = g_new (guint, n);
  guint nclaims = 0;
  for (guint i = 0; i < n; i++)
    {
      guint root = uf_find (parent, i);
      if (claim_of_root[root] == 0)
        claim_of_root[root] = ++nclaims;
      claim_of[i] = claim_of_root[root] - 1;
    }
  /* A sparse scoring's claims of one member: their member, their count */
  guint *members = NULL, *lone = NULL;
  if (implied)
    {
      members = g_new0 (guint, nclaims);
      lone = g_new (guint, nclaims);
      for (guint i = 0; i < n; i++)
        if (members[claim_of[i]]++ == 0)
          lone[claim_of[i]] = i;
    }
  ClaimsMade made = { as, claim_of, nclaims, members, NULL };
  guint *claim_size = g_new0 (guint, n);   /* per claim: members with a speaker */
  const char **who_of = g_new0 (const char *, n);  /* per member: its voice's speaker */
  guint8 *origin_why = NULL;   /* only while `show` asks why */
  if (voice_why)
    {
      origin_why = voice_why->origin = g_new0 (guint8, n);
      voice_why->origin_of = g_new0 (guint, n);
    }
  for (guint i = 0; i < n; i++)
    {
      guint ci = claim_of[i];

      /* the supporter: the origin's speaker; an author claim counts as
       * the author of the first of its near-duplicate articles, so wire
       * copies under different bylines count once */
      guint o = i;
      for (guint hops = 0; origin[o] != o && hops < n; hops++)
        o = origin[o];
      CgAssertion *src = g_ptr_array_index (as, o);
      who_of[i] = src->speaker_id;
      if (origin_why && o != i)
        origin_why[i] |= ORIGIN_QUOTES, voice_why->origin_of[i] = o;
      if (hearer_cues && cg_span_is_set (src->cue) && source_is_hearer (src, hearer_cues))
        {
          who_of[i] = NULL;
          if (origin_why)
            origin_why[i] |= ORIGIN_HEARER;
        }
      /* not a whole transcript's line, which resolve.c gives its
       * speaker, not the article's author (NPR's annotated convention
       * speech: Trump's "Homicides last year increased by 17 percent"
       * was NPR's voice beside Trump's own) */
      if (src->speaker_id && src->kind == CG_KIND_AUTHOR
          && g_strcmp0 (src->speaker_id, author_of[art_of[o]]) == 0)
        {
          guint root = uf_find (aparent, art_of[o]);
          if (author_of[root])
            who_of[i] = author_of[root];
          if (origin_why && root != art_of[o])
            origin_why[i] |= ORIGIN_COPY;
        }
      if (who_of[i])
        claim_size[ci]++;
    }

  /* An author claim printing a quotation of its own article word for
   * word is the quoted speaker's words (a tweet embedded and quoted). */
  gboolean *quoting = g_new0 (gboolean, n);
  if (cg_rules_number (rules, "linking", "quoted_author_origin", 1) != 0)
    {
      GArray *qw = g_array_new (FALSE, FALSE, sizeof (guint64));
      for (guint i = 0; i < n; i++)
        {
          CgAssertion *a = g_ptr_array_index (as, i);
          if (!who_of[i] || claim_size[claim_of[i]] < 2 || a->kind != CG_KIND_AUTHOR || a->text == NULL)
            continue;
          guint lo, hi;
          article_span (art_of, n, i, &lo, &hi);
          guint at = i;
          const char *said = quoted_origin (as, i, lo, hi, quote_run, qw, &at);
          if (said)
            {
              who_of[i] = said;
              quoting[i] = TRUE;
              if (origin_why)
                origin_why[i] |= ORIGIN_QUOTING, voice_why->origin_of[i] = at;
            }
        }
      g_array_unref (qw);
    }
  if (hearer_cues)
    g_hash_table_unref (hearer_cues);
  if (origin_why)
    {
      origin_lines (n, who_of, art_of, aparent);
      g_clear_pointer (&voice_why->origin, g_free);
      g_clear_pointer (&voice_why->origin_of, g_free);
      origin_why = NULL;
    }
  ReportedQuotes rq = { .as = as, .n = n, .claim_of = claim_of, .claim_size = claim_size, .who_of = who_of,
                        .quoting = quoting, .run = quote_run, .short_min = quote_short, .short_frag = quote_fragment };
  g_mutex_init (&rq.lock);
  g_cond_init (&rq.cond);
  rq.piece = quote_piece (n);
  rq.pieces = (n + rq.piece - 1) / rq.piece;
  rq.out[0] = g_new0 (GArray *, rq.pieces);
  rq.out[1] = g_new0 (GArray *, rq.pieces);
  GThread *quotes_thread = g_thread_new ("cg-score-quotes", reported_quote_pairs, &rq);

  /* Voices: within a claim, two members are one voice when they share a
   * trait that makes one a copy of the other or both the same carrier. */
  guint *vparent = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    vparent[i] = i;
  if (voice_why)
    voice_why->who_of = who_of;
  GHashTable *pronouns = cg_rules_word_set (rules, "pronouns", "pronouns");
  gboolean same_mention = cg_rules_number (rules, "linking", "same_mention_one_voice", 1) != 0;
  gboolean *named_voice = g_new0 (gboolean, n);   /* per voice root: named by another voice */
  GArray *traits = g_array_new (FALSE, FALSE, sizeof (Trait));
  for (guint i = 0; i < n; i++)
    if (who_of[i] && claim_size[claim_of[i]] >= 2)
      add_traits (corpus, as, i, claim_of[i], who_of[i], author_of, art, by_outlet, by_wire, copy_min_words, copy_min_whole,
                  same_mention ? pronouns : NULL, traits);
  /* every member printed by copies of one article, not only their author
   * claims: a quotation one wire text gives two source mentions ("the
   * Islamic Republic's Atomic Energy Organization spokesman", "the
   * spokesman for the country's atomic agency") is one attestation */
  guint *copies = g_new0 (guint, na);
  for (guint a = 0; a < na; a++)
    copies[uf_find (aparent, a)]++;
  for (guint i = 0; i < n; i++)
    {
      guint root = uf_find (aparent, art_of[i]);
      if (who_of[i] && claim_size[claim_of[i]] >= 2 && copies[root] >= 2)
        {
          Trait t = { claim_of[i], i, fnv (fnv (FNV_SEED, (const char *) &root, sizeof root), "c", 1) };
          g_array_append_val (traits, t);
        }
    }
  g_free (copies);
  sort_traits (traits);
  for (guint k = 1; k < traits->len; k++)
    {
      Trait *x = &g_array_index (traits, Trait, k - 1), *y = &g_array_index (traits, Trait, k);
      if (x->key == y->key && x->claim == y->claim)
        {
          char *why = voice_why ? trait_words (corpus, as, x->member, x->key, art_of, aparent) : NULL;
          join_voices (vparent, x->member, y->member, why ? why : "copy_min_words", "%s",
                       why ? why + strlen (why) + 1 : "the same words in a row");
          g_free (why);
        }
    }
  g_array_unref (traits);

  quote_help (&rq);   /* instead of waiting for what is left */
  g_thread_join (quotes_thread);
  g_mutex_clear (&rq.lock);
  g_cond_clear (&rq.cond);
  /* The claims' records are needed last: made from here on, beside the
   * rest of the voices, not beside the quotes' pairs, which the calling
   * thread waits for (the whole corpus at load 10-12: 2.2 and 1.6 s of
   * waiting for them instead of 3.5 and 3.2, two runs each). */
  GThread *claims_thread = g_thread_new ("cg-score-claims", claims_make_thread, &made);
  join_reported_quotes (&rq, vparent);
  g_free (quoting);
  join_same_surroundings (as, n, claim_of, claim_size, who_of, art_of, vparent, ctx_window, ctx_shingle, ctx_share,
                          ctx_min);
  if (cg_rules_number (rules, "linking", "poll_one_source", 1) != 0)
    {
      GHashTable *poll_words = cg_rules_word_set (rules, "linking", "poll_words");
      /* words two different sources' names share: dates, function words
       * ("The Hill" / "The Guardian"), words of many names ("CBS News" /
       * "NBC News") */
      GHashTable *not_names = cg_rules_word_set (rules, "linking", "dates");
      cg_rules_add_words (not_names, rules, "stopwords", NULL);
      cg_rules_add_words (not_names, rules, "linking", "generic_name_words");
      join_same_source (corpus, as, n, claim_of, claim_size, who_of, vparent, poll_words, not_names);
      if (cg_rules_number (rules, "linking", "source_within_source", 1) != 0)
        {
          GHashTable *not_words = cg_rules_word_set (rules, "linking", "dates");
          cg_rules_add_words (not_words, rules, "stopwords", NULL);
          join_contained_names (corpus, as, n, claim_of, claim_size, who_of, vparent, not_words);
          g_hash_table_unref (not_words);
        }
      join_office_holders (corpus, n, claim_of, claim_size, who_of, vparent,
                           cg_rules_entries (rules, "linking", "speaks_for"));
      GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GPtrArray *aliases = cg_rules_entries (rules, "org-aliases", "aliases");
      for (guint k = 0; k < aliases->len; k++)
        {
          const CgRule *r = g_ptr_array_index (aliases, k);
          const char *same = cg_rule_attr (r, "same");
          if (same)
            g_hash_table_insert (groups, mention_key (r->phrase), (gpointer) same);
        }
      join_listed_aliases (corpus, n, claim_of, claim_size, who_of, vparent, groups);
      g_hash_table_unref (groups);
      if (cg_rules_number (rules, "linking", "description_one_voice", 1) != 0)
        {
          /* head word -> set of the role words it fits */
          GHashTable *heads = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref);
          GPtrArray *entries = cg_rules_entries (rules, "linking", "description_heads");
          for (guint k = 0; k < entries->len; k++)
            {
              const CgRule *r = g_ptr_array_index (entries, k);
              const char *roles = cg_rule_attr (r, "fits");
              if (r->n_words != 1 || roles == NULL)
                continue;
              GHashTable *fits = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
              char **each = g_strsplit (roles, "|", -1);
              for (char **p = each; *p; p++)
                {
                  char *role = g_utf8_casefold (g_strstrip (*p), -1);
                  if (*role)
                    g_hash_table_add (fits, role);
                  else
                    g_free (role);
                }
              g_strfreev (each);
              g_hash_table_insert (heads, r->words[0], fits);
            }
          GHashTable *not_words = cg_rules_word_set (rules, "linking", "dates");
          cg_rules_add_words (not_words, rules, "stopwords", NULL);
          cg_rules_add_words (not_words, rules, "linking", "description_not_words");
          /* adjective -> the place it tells, casefolded */
          GHashTable *places = g_hash_table_new (g_str_hash, g_str_equal);
          GPtrArray *adjectives = cg_rules_entries (rules, "linking", "place_adjectives");
          for (guint k = 0; k < adjectives->len; k++)
            {
              const CgRule *r = g_ptr_array_index (adjectives, k);
              const char *of = cg_rule_attr (r, "of");
              if (r->n_words == 1 && of != NULL)
                g_hash_table_insert (places, r->words[0], (gpointer) of);
            }
          join_described_holders (corpus, n, claim_of, claim_size, who_of, vparent, heads, not_words, places);
          if (cg_rules_number (rules, "linking", "affiliation_one_voice", 1) != 0)
            {
              GHashTable *role_words = cg_rules_word_set (rules, "linking", "affiliation_roles");
              GHashTable *body_not = cg_rules_word_set (rules, "linking", "dates");
              cg_rules_add_words (body_not, rules, "stopwords", NULL);
              cg_rules_add_words (body_not, rules, "linking", "generic_name_words");
              cg_rules_add_words (body_not, rules, "linking", "description_not_words");
              cg_rules_add_words (body_not, rules, "linking", "affiliation_not_words");
              GHashTable *plain_not = cg_rules_word_set (rules, "linking", "dates");
              cg_rules_add_words (plain_not, rules, "stopwords", NULL);
              /* places named in one word, and the places adjectives tell */
              GHashTable *place_words = g_hash_table_new (g_str_hash, g_str_equal);
              GPtrArray *named = cg_rules_entries (rules, "linking", "places");
              for (guint k = 0; k < named->len; k++)
                {
                  const CgRule *r = g_ptr_array_index (named, k);
                  const char *no = cg_rule_attr (r, "place");
                  if (r->n_words == 1 && (no == NULL || strcmp (no, "no") != 0))
                    g_hash_table_add (place_words, r->words[0]);
                }
              GHashTableIter it;
              gpointer adj, of;
              g_hash_table_iter_init (&it, places);
              while (g_hash_table_iter_next (&it, &adj, &of))
                {
                  g_hash_table_add (place_words, adj);
                  g_hash_table_add (place_words, of);
                }
              join_affiliated (corpus, as, n, claim_of, claim_size, who_of, vparent, role_words, body_not, plain_not,
                               place_words, places);
              g_hash_table_unref (place_words);
              g_hash_table_unref (plain_not);
              g_hash_table_unref (body_not);
              g_hash_table_unref (role_words);
            }
          g_hash_table_unref (places);
          g_hash_table_unref (not_words);
          g_hash_table_unref (heads);
        }
      if (cg_rules_number (rules, "linking", "named_speaker_one_voice", 1) != 0)
        {
          GHashTable *titles = cg_rules_word_set (rules, "titles", "honorifics");
          cg_rules_add_words (titles, rules, "titles", "titles");
          GHashTable *relay_cues = cue_forms (rules);
          join_named_speakers (corpus, as, n, claim_of, claim_size, who_of, vparent, titles, not_names, relay_cues,
                               cg_rules_number (rules, "linking", "named_possessive", 1) != 0, named_voice);
          if (cg_rules_number (rules, "linking", "cited_source_one_voice", 1) != 0)
            join_cited_sources (corpus, as, n, claim_of, claim_size, who_of, art_of, art_ids, vparent,
                                (guint) cg_rules_number (rules, "linking", "cited_source_window", 2));
          g_hash_table_unref (relay_cues);
          g_hash_table_unref (titles);
        }
      g_hash_table_unref (poll_words);
      g_hash_table_unref (not_names);
    }

  /* Voices out of time: a voice all of whose members joined the claim by
   * supports only (other words, no same_as or quotes) and lie more than
   * supports_max_days from every member of another voice backs another
   * event (a 2012 cease-fire for a 2014 one), not this one.  An undated
   * member is near everything. */
  gboolean *anchored = g_new0 (gboolean, n);   /* per voice root */
  gboolean *claim_anchored = g_new0 (gboolean, nclaims);
  guint *first_voice = g_new0 (guint, nclaims);   /* root + 1 of the claim's first voice */
  for (guint i = 0; i < n; i++)
    if (who_of[i] && first_voice[claim_of[i]] == 0)
      first_voice[claim_of[i]] = uf_find (vparent, i) + 1;
  mark_anchored (corpus, n, claim_of, nclaims, claim_size, who_of, vparent, same_words, art_of, art_ids,
                 max_days, anchored);
  guint8 *dropped = NULL;
  gboolean *had_long = NULL;   /* per voice root: a member of supporter_min_words, for DROP_PREDICATE */
  if (voice_why)
    {
      dropped = voice_why->dropped = g_new0 (guint8, n);
      had_long = g_new0 (gboolean, n);
      for (guint i = 0; i < n; i++)
        if (!anchored[i])
          dropped[i] |= DROP_OUT_OF_TIME;
    }
  /* Fragments: a voice none of whose members has supporter_min_words
   * words ("to raise taxes", "locker room talk") attests a phrase, not
   * the claim. */
  gboolean *whole = g_new0 (gboolean, n);   /* per voice root */
  /* ... or whose reported speech states nothing: a noun phrase or a bare
   * complement after a cue ("[blamed] Democrats for the shutdown", "[to
   * respond] to questions about the program") names what the claim is
   * about without asserting it.  (Author claims and quotations are
   * sentences: claimview reads no plain present, "Trump reads ...".) */
  CgNormalizer *norm = NULL;
  CgClaimViewer *viewer = NULL;
  gboolean predicates = cg_rules_number (rules, "linking", "supporter_predicates", 1) != 0;
  gboolean dispute_predicates = cg_rules_number (rules, "linking", "dispute_predicates", 1) != 0;
  if (predicates || direct || dispute_predicates)
    {
      norm = cg_normalizer_new (rules, NULL);
      viewer = norm ? cg_claim_viewer_new (rules, norm, NULL, NULL) : NULL;
    }
  GArray *w = g_array_new (FALSE, FALSE, sizeof (guint64));
  for (guint i = 0; i < n; i++)
    {
      if (!who_of[i] || claim_size[claim_of[i]] < 2)
        continue;
      guint r = uf_find (vparent, i);
      if (whole[r])
        continue;
      CgAssertion *a = g_ptr_array_index (as, i);
      g_array_set_size (w, 0);
      word_hashes (a->text, w);
      whole[r] = w->len >= min_words;
      if (had_long && whole[r])
        had_long[r] = TRUE;
      if (whole[r] && predicates && viewer && (a->kind == CG_KIND_INDIRECT || a->kind == CG_KIND_MIXED))
        {
          CgClaimView *view = cg_claim_view_new (viewer, a, FALSE);
          whole[r] = cg_claim_view_predicates (view);
          cg_claim_view_free (view);
        }
    }
  g_array_unref (w);
  /* A carrier's dispute of reported speech that names a thing
   * ("incorrectly described | the SKS rifle") disputes a description, no
   * claim, and one of a relative clause ("which he falsely claimed |
   * Mexico would pay for") a claim about a thing outside its text: it
   * makes nothing contradicted. */
  gboolean *named_dispute = g_new0 (gboolean, n);
  if (dispute_predicates && viewer)
    {
      NamingWords nw;
      naming_words_init (&nw, rules);
      for (guint i = 0; i < n; i++)
        {
          CgAssertion *a = g_ptr_array_index (as, i);
          if (!is_refuted_by_carrier (a) || (a->kind != CG_KIND_INDIRECT && a->kind != CG_KIND_MIXED))
            continue;
          if (opens_on_relative (&nw, a))
            {
              named_dispute[i] = TRUE;
              continue;
            }
          CgClaimView *view = cg_claim_view_new (viewer, a, FALSE);
          named_dispute[i] = names_a_thing (&nw, a, view);
          cg_claim_view_free (view);
        }
      naming_words_clear (&nw);
    }
  for (guint i = 0; i < n; i++)
    if (!whole[i] || named_voice[i])
      anchored[i] = FALSE;
  if (dropped)
    {
      for (guint i = 0; i < n; i++)
        dropped[i] |= (!whole[i] ? (had_long[i] ? DROP_PREDICATE : DROP_FRAGMENT) : 0) | (named_voice[i] ? DROP_NAMED : 0);
      g_free (had_long);
    }
  g_free (whole);
  g_free (named_voice);
  for (guint i = 0; i < n; i++)
    if (who_of[i] && anchored[uf_find (vparent, i)])
      claim_anchored[claim_of[i]] = TRUE;
  /* Corroboration needs two counted voices agreeing directly. */
  gboolean *paired = g_new0 (gboolean, nclaims);
  gboolean *in_pair = g_new0 (gboolean, n);   /* per voice root */
  CgLexicon *method_notes = NULL, *hearsay = NULL, *place_refs = NULL, *reversals = NULL;   /* freed after NORM, which remembers answers by lexicon */
  PairWords pair_words;
  if (direct)
    {
      GHashTable *named_pronouns = cg_rules_word_set (rules, "linking", "pronouns");
      GHashTable *relatives = cg_rules_word_set (rules, "pronouns", "relatives");
      GHashTableIter ri;
      gpointer rk;
      g_hash_table_iter_init (&ri, relatives);
      while (g_hash_table_iter_next (&ri, &rk, NULL))
        g_hash_table_add (named_pronouns, rk);
      g_hash_table_unref (relatives);
      GHashTable *text_pronouns = cg_rules_word_set (rules, "pronouns", "pronouns");
      GHashTable *numbers = cg_rules_word_set (rules, "linking", "number_words");
      GHashTable *openers = cg_rules_word_set (rules, "linking", "fragment_openers");
      GHashTable *event_words = cg_rules_word_set (rules, "linking", "event_times");
      method_notes = norm && cg_rules_number (rules, "linking", "pair_method_notes", 1) != 0
                                ? cg_lexicon_new (cg_rules_entries (rules, "linking", "method_notes")) : NULL;
      hearsay = norm ? cg_lexicon_new (cg_rules_entries (rules, "linking", "hearsay_cues")) : NULL;
      place_refs = norm ? cg_lexicon_new (cg_rules_entries (rules, "linking", "place_references")) : NULL;
      reversals = norm && cg_rules_number (rules, "linking", "pair_reversals", 0) != 0
                      ? cg_lexicon_new (cg_rules_entries (rules, "linking", "reversal_phrases")) : NULL;
      pair_words_init (&pair_words, rules);
      GHashTable *reversal_words = reversals ? reversal_stems (rules, norm) : NULL;
      GHashTable *opposites = norm && cg_rules_number (rules, "linking", "pair_opposites", 0) != 0
                              ? opposite_pairs (rules, norm) : NULL;
      GHashTable *pair_polls = NULL, *poll_not_names = NULL;
      if (cg_rules_number (rules, "linking", "pair_poll_names", 0) != 0)
        {
          pair_polls = cg_rules_word_set (rules, "linking", "poll_words");
          poll_not_names = cg_rules_word_set (rules, "linking", "dates");
          cg_rules_add_words (poll_not_names, rules, "stopwords", NULL);
          cg_rules_add_words (poll_not_names, rules, "linking", "generic_name_words");
        }
      GHashTable *doc_stopwords = cg_rules_number (rules, "linking", "pair_named_documents", 1) != 0
                                  ? cg_rules_word_set (rules, "stopwords", NULL) : NULL;
      GHashTable *determiners = doc_stopwords && cg_rules_number (rules, "linking", "pair_named_bodies", 1) != 0
                                ? cg_rules_word_set (rules, "linking", "anaphoric_determiners") : NULL;
      GHashTable *slot_light = norm && cg_rules_number (rules, "linking", "pair_template_slots", 1) != 0
                               ? slot_light_words (rules, norm) : NULL;
      if (events_thread)
        event_names_join (&events, events_thread);
      mark_direct_pairs (corpus, as, n, pos, claim_of, who_of, vparent, anchored, art_of, art_ids, viewer,
                         cg_rules_number (rules, "linking", "pair_named_speakers", 1) != 0 ? named_pronouns : NULL,
                         text_pronouns, numbers, openers, quote_short,
                         (guint) cg_rules_number (rules, "linking", "pair_demand_words", 4), event_words,
                         cg_rules_number (rules, "linking", "pair_event_days", 7), cg_rules_number (rules, "linking", "pair_same_words", 0.5),
                         cg_rules_number (rules, "linking", "pair_max_days", 183), needed_outlets >= 2,
                         norm, method_notes, hearsay, events.min_cosine > 0 ? &events : NULL,
                         cg_rules_number (rules, "linking", "pair_count_ratio", 0), place_refs, &pair_words, opposites,
                         pair_polls, poll_not_names, cg_rules_number (rules, "linking", "pair_author_verdicts", 0) != 0,
                         cg_rules_number (rules, "linking", "pair_mention_outlets", 0) != 0, reversals, reversal_words,
                         doc_stopwords, determiners, slot_light, paired, in_pair);
      if (slot_light)
        g_hash_table_unref (slot_light);
      if (doc_stopwords)
        g_hash_table_unref (doc_stopwords);
      if (determiners)
        g_hash_table_unref (determiners);
      if (pair_polls)
        {
          g_hash_table_unref (pair_polls);
          g_hash_table_unref (poll_not_names);
        }
      if (opposites)
        g_hash_table_unref (opposites);
      if (reversal_words)
        g_hash_table_unref (reversal_words);
      event_names_clear (&events);
      g_hash_table_unref (events.not_names);
      g_hash_table_unref (named_pronouns);
      g_hash_table_unref (text_pronouns);
      g_hash_table_unref (numbers);
      g_hash_table_unref (openers);
      g_hash_table_unref (event_words);
      pair_words_clear (&pair_words);
    }
  if (viewer)
    cg_claim_viewer_free (viewer);
  if (norm)
    cg_normalizer_free (norm);
  if (method_notes)
    cg_lexicon_free (method_notes);
  if (hearsay)
    cg_lexicon_free (hearsay);
  if (place_refs)
    cg_lexicon_free (place_refs);
  if (reversals)
    cg_lexicon_free (reversals);
  g_hash_table_unref (pronouns);
  g_thread_join (claims_thread);
  GPtrArray *claims = made.claims;
  LoneClaims lc = { as, claims, lone, implied ? g_new0 (const char *, nclaims) : NULL };
  /* a claim's supporters: the speaker of each voice's first member (the
   * first voice alone when none is anchored in time and whole); of a
   * claim with voices agreeing directly, those voices */
  for (guint i = 0; i < n; i++)
    {
      guint ci = claim_of[i];
      if (!who_of[i] || uf_find (vparent, i) != i)
        continue;
      if (paired[ci] ? !in_pair[i] : claim_anchored[ci] ? !anchored[i] : first_voice[ci] != i + 1)
        {
          if (dropped)
            dropped[i] |= paired[ci] ? DROP_UNPAIRED : claim_anchored[ci] ? 0 : DROP_NOT_FIRST;
          continue;
        }
      if (dropped)
        dropped[i] = DROP_COUNTED;
      CgClaim *cl = g_ptr_array_index (claims, ci);
      if (cl)
        add_unique (cl->supporters, who_of[i]);
      else
        lc.sole[ci] = who_of[i];   /* its one member, so its one voice */
    }
  /* Carriers: the outlets printing the members of the counted voices (an
   * article without an outlet is its own); one outlet's reporting of two
   * speakers is one path to the reader, and corroborated_outlets of them
   * are needed.  Only two are told apart: the first outlet and "another".
   * (With corroboration_direct the pairs have counted outlets already.) */
  const char **claim_outlet = g_new0 (const char *, claims->len);
  gboolean *claim_outlets2 = g_new0 (gboolean, claims->len);
  for (guint i = 0; i < n && !direct; i++)
    {
      guint ci = claim_of[i];
      if (!who_of[i] || claim_outlets2[ci] || claim_size[ci] < 2)
        continue;
      guint r = uf_find (vparent, i);
      if (claim_anchored[ci] ? !anchored[r] : first_voice[ci] != r + 1)
        continue;
      const char *outlet = outlet_of (corpus, as, i, art_of, art_ids);
      if (claim_outlet[ci] == NULL)
        claim_outlet[ci] = outlet;
      else if (strcmp (claim_outlet[ci], outlet) != 0)
        claim_outlets2[ci] = TRUE;
    }
  g_free (claim_outlet);
  g_free (in_pair);
  g_free (anchored);
  g_free (claim_anchored);
  if (dropped)
    {
      drop_lines (claims, n, claim_of, vparent, first_voice, min_words, max_days);
      g_free (dropped);
      voice_why->dropped = NULL;
    }
  g_free (first_voice);
  g_free (vparent);
  if (voice_why)
    voice_why->who_of = NULL;

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
      if (!is_refuted_by_carrier (at) || named_dispute[t])
        {
          contra[claim_of[f]] = TRUE;
          add_unique (claim_record (&lc, claim_of[f])->contradictors, at->speaker_id);
        }
      if (!is_refuted_by_carrier (af) || named_dispute[f])
        {
          contra[claim_of[t]] = TRUE;
          add_unique (claim_record (&lc, claim_of[t])->contradictors, af->speaker_id);
        }
    }
  for (guint i = 0; i < n; i++)
    {
      CgAssertion *a = g_ptr_array_index (as, i);
      if (!is_refuted_by_carrier (a) || named_dispute[i])
        continue;
      guint ai = art_of[i];
      contra[claim_of[i]] = TRUE;
      add_unique (claim_record (&lc, claim_of[i])->contradictors, author_of[ai]);
    }

  if (implied)
    *implied = g_new0 (guint, MAX (nclaims, 1)), *n_claims = nclaims;
  for (guint c = 0; c < claims->len; c++)
    {
      CgClaim *cl = g_ptr_array_index (claims, c);
      guint supporters = cl ? cl->supporters->len : lc.sole[c] != NULL;
      gboolean supported = supporters >= needed && (direct ? paired[c] : claim_outlets2[c] || needed_outlets < 2);
      CgVerdict verdict;
      if (contra[c])
        verdict = supported ? CG_VERDICT_CONTESTED : CG_VERDICT_CONTRADICTED;
      else
        verdict = supported ? CG_VERDICT_CORROBORATED : CG_VERDICT_SINGLE_SOURCE;
      if (cl == NULL && verdict == CG_VERDICT_SINGLE_SOURCE)
        {
          /* no contradictor (it would have a record), and implied when
           * its supporter is its member's speaker, or none for none */
          const char *speaker = ((CgAssertion *) g_ptr_array_index (as, lone[c]))->speaker_id;
          if (speaker ? lc.sole[c] && strcmp (lc.sole[c], speaker) == 0 : lc.sole[c] == NULL)
            {
              (*implied)[c] = lone[c] + 1;
              continue;
            }
        }
      cl = claim_record (&lc, c);
      cl->verdict = verdict;
      g_ptr_array_add (corpus->claims, cl);
    }

  g_free (lc.sole);
  g_free (members);
  g_free (lone);
  g_free (contra);
  g_free (named_dispute);
  g_free (paired);
  g_free (claim_outlets2);
  g_free (claim_of);
  g_ptr_array_unref (claims);
  g_free (claim_of_root);
  g_free (art_of);
  g_free (author_of);
  g_free (claim_size);
  g_free (who_of);
  g_free (same_words);
  g_free (aparent);
  g_free (origin);
  g_free (parent);
  g_array_unref (art_size);
  g_ptr_array_unref (art_ids);
  g_hash_table_unref (art);
  g_hash_table_unref (pos);
}

void
cg_score_claims (CgCorpus *corpus, CgRules *rules)
{
  score_claims (corpus, rules, NULL, NULL);
}

guint *
cg_score_claims_sparse (CgCorpus *corpus, CgRules *rules, guint *n_claims)
{
  guint *implied = NULL;
  /* `show`'s reasons read every claim's record */
  if (voice_why)
    {
      score_claims (corpus, rules, NULL, NULL);
      *n_claims = corpus->claims->len;
      return g_new0 (guint, MAX (*n_claims, 1));
    }
  score_claims (corpus, rules, &implied, n_claims);
  return implied ? implied : g_new0 (guint, 1);
}

/* Append to LINE the MEMBERS (CgAssertion*) with their outlets, "a37
 * (ABC News), a79 (USA Today)"; TRUE when two outlets or more print them
 * (one outlet's articles are one voice anyway: nothing to explain). */
static gboolean
append_members (CgCorpus *corpus, GString *line, GPtrArray *members)
{
  gboolean outlets2 = FALSE;
  const char *first = NULL;
  for (guint i = 0; i < members->len; i++)
    {
      CgAssertion *a = g_ptr_array_index (members, i);
      CgArticle *d = cg_corpus_article (corpus, a->article_id);
      const char *outlet = d && d->outlet ? d->outlet : a->article_id;
      if (first == NULL)
        first = outlet;
      else if (strcmp (first, outlet) != 0)
        outlets2 = TRUE;
      g_string_append_printf (line, "%s%s (%s)", i ? ", " : "", a->id, outlet);
    }
  return outlets2;
}

GPtrArray *
cg_score_wire_copies (CgCorpus *corpus, CgRules *rules, const CgClaim *claim)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  if (cg_rules_number (rules, "linking", "wire_credit_one_voice", 1) == 0)
    return out;
  /* the agencies in order of their first member, each with its members */
  GPtrArray *agencies = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < claim->assertions->len; i++)
    {
      CgAssertion *a = cg_corpus_assertion (corpus, g_ptr_array_index (claim->assertions, i));
      CgArticle *d = a && a->kind == CG_KIND_AUTHOR ? cg_corpus_article (corpus, a->article_id) : NULL;
      if (d == NULL || d->wire == NULL || strchr (d->wire, ' '))
        continue;
      guint k = 0;
      while (k < agencies->len && strcmp (g_ptr_array_index (agencies, k), d->wire) != 0)
        k++;
      if (k == agencies->len)
        {
          g_ptr_array_add (agencies, g_strdup (d->wire));
          g_ptr_array_add (members, g_ptr_array_new ());
        }
      g_ptr_array_add (g_ptr_array_index (members, k), a);
    }
  for (guint k = 0; k < agencies->len; k++)
    {
      GPtrArray *m = g_ptr_array_index (members, k);
      GString *line = g_string_new (NULL);
      g_string_printf (line, "one voice, wire copy of the same story (their articles credit %s): ",
                       (const char *) g_ptr_array_index (agencies, k));
      if (append_members (corpus, line, m))
        g_ptr_array_add (out, g_string_free (line, FALSE));
      else
        g_string_free (line, TRUE);
    }
  g_ptr_array_unref (members);
  g_ptr_array_unref (agencies);
  return out;
}

/* The article index and copy union-find that cg_score_copy_group() and
 * cg_score_article_copies() both start from; copy_index_clear() frees it. */
typedef struct {
  GHashTable *pos;      /* assertion id -> index + 1 */
  GHashTable *art;      /* article id -> index + 1 */
  GPtrArray  *art_ids;  /* article ids, not copied */
  GArray     *art_size; /* assertions per article */
  guint      *art_of;   /* each assertion's article index */
  guint      *aparent;  /* copies of one article share a root */
} CopyIndex;

static void
copy_index_init (CopyIndex *ix, CgCorpus *corpus, CgRules *rules, GArray *pairs)
{
  ix->pos = g_hash_table_new (g_str_hash, g_str_equal);
  ix->art = g_hash_table_new (g_str_hash, g_str_equal);
  ix->art_ids = g_ptr_array_new ();
  ix->art_size = g_array_new (FALSE, TRUE, sizeof (guint));
  ix->art_of = index_articles (corpus->assertions, ix->pos, ix->art, ix->art_ids, ix->art_size);
  ix->aparent = copy_articles (corpus, rules, ix->pos, ix->art_of, ix->art_size, ix->art_ids->len, pairs);
}

static void
copy_index_clear (CopyIndex *ix)
{
  g_free (ix->aparent);
  g_free (ix->art_of);
  g_array_unref (ix->art_size);
  g_ptr_array_unref (ix->art_ids);
  g_hash_table_unref (ix->art);
  g_hash_table_unref (ix->pos);
}

GPtrArray *
cg_score_copy_group (CgCorpus *corpus, CgRules *rules, GHashTable *articles)
{
  GPtrArray *out = g_ptr_array_new ();
  CopyIndex ix;
  copy_index_init (&ix, corpus, rules, NULL);
  GHashTable *roots = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint k = 0; k < ix.art_ids->len; k++)
    if (g_hash_table_contains (articles, g_ptr_array_index (ix.art_ids, k)))
      g_hash_table_add (roots, GUINT_TO_POINTER (uf_find (ix.aparent, k) + 1));
  for (guint k = 0; k < ix.art_ids->len; k++)
    if (g_hash_table_contains (roots, GUINT_TO_POINTER (uf_find (ix.aparent, k) + 1)))
      g_ptr_array_add (out, g_ptr_array_index (ix.art_ids, k));
  g_hash_table_unref (roots);
  copy_index_clear (&ix);
  return out;
}

GPtrArray *
cg_score_article_copies (CgCorpus *corpus, CgRules *rules, const CgClaim *claim)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *as = corpus->assertions;
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (CopyPair));
  CopyIndex ix;
  copy_index_init (&ix, corpus, rules, pairs);

  /* the claim's members, grouped by their article's copy root, in order of
   * their first member */
  GArray *roots = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *members = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < claim->assertions->len; i++)
    {
      guint k = GPOINTER_TO_UINT (g_hash_table_lookup (ix.pos, g_ptr_array_index (claim->assertions, i)));
      if (k == 0)
        continue;
      guint root = uf_find (ix.aparent, ix.art_of[k - 1]), g = 0;
      while (g < roots->len && g_array_index (roots, guint, g) != root)
        g++;
      if (g == roots->len)
        {
          g_array_append_val (roots, root);
          g_ptr_array_add (members, g_ptr_array_new ());
        }
      g_ptr_array_add (g_ptr_array_index (members, g), g_ptr_array_index (as, k - 1));
    }
  for (guint g = 0; g < roots->len; g++)
    {
      GPtrArray *m = g_ptr_array_index (members, g);
      /* the pair of its articles sharing the most, to show how much */
      const CopyPair *best = NULL;
      for (guint k = 0; k < pairs->len; k++)
        {
          const CopyPair *p = &g_array_index (pairs, CopyPair, k);
          gboolean x = FALSE, y = FALSE;
          for (guint i = 0; i < m->len; i++)
            {
              guint ai = article_of (ix.art, g_ptr_array_index (m, i));
              x = x || ai == p->x + 1;
              y = y || ai == p->y + 1;
            }
          if (x && y && (best == NULL || p->shared > best->shared))
            best = p;
        }
      GString *line = g_string_new ("one voice: near-verbatim copies, ");
      if (best)
        g_string_append_printf (line, "%u of %u sentences shared: ", best->shared, best->authored);
      else
        g_string_append (line, "through other copies: ");
      if (append_members (corpus, line, m))
        g_ptr_array_add (out, g_string_free (line, FALSE));
      else
        g_string_free (line, TRUE);
    }
  g_ptr_array_unref (members);
  g_array_unref (roots);
  g_array_unref (pairs);
  copy_index_clear (&ix);
  return out;
}

GPtrArray *
cg_score_voice_joins (CgCorpus *corpus, CgRules *rules, const CgClaim *claim)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GHashTable *members = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < claim->assertions->len; i++)
    g_hash_table_add (members, g_ptr_array_index (claim->assertions, i));
  /* scored again, into claims of its own: CLAIM may be one of CORPUS's */
  GPtrArray *kept = corpus->claims;
  corpus->claims = g_ptr_array_new_with_free_func ((GDestroyNotify) cg_claim_free);
  VoiceWhy why = { corpus, members, NULL, lines, NULL, NULL, NULL };
  voice_why = &why;
  cg_score_claims (corpus, rules);
  voice_why = NULL;
  g_ptr_array_unref (corpus->claims);
  corpus->claims = kept;
  g_hash_table_unref (members);
  return lines;
}

GHashTable *
cg_score_event_frequencies (CgCorpus *corpus, CgRules *rules, guint parts, guint chunk)
{
  GPtrArray *as = corpus->assertions;
  GHashTable *pos = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *art = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *art_ids = g_ptr_array_new ();
  GArray *art_size = g_array_new (FALSE, TRUE, sizeof (guint));
  guint *art_of = index_articles (as, pos, art, art_ids, art_size);
  EventNames ev;
  GThread *thread = event_names_start (&ev, corpus, rules, as, art_of, art_ids, chunk, parts == 0);
  if (thread)
    event_names_join (&ev, thread);
  else
    {
      event_names_setup (&ev);
      DfTable *tables = g_new0 (DfTable, MAX (parts, 1));
      GArray *keys = g_array_new (FALSE, FALSE, sizeof (guint64));
      GArray *words = ev.anchor_rare_share > 0 ? g_array_new (FALSE, FALSE, sizeof (guint64)) : NULL;
      guint n_chunks = art_ids->len / ev.chunk + (art_ids->len % ev.chunk != 0);
      for (guint c = 0; c < n_chunks; c++)
        count_chunk (&ev, &tables[c % MAX (parts, 1)], c, keys, words);
      for (guint t = 0; t < MAX (parts, 1); t++)
        df_add (&ev.df, &tables[t]);
      g_free (tables);
      g_array_unref (keys);
      if (words)
        g_array_unref (words);
    }
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  if (ev.df.slots)
    for (gsize b = 0; b <= ev.df.mask; b++)
      if (ev.df.slots[b].count)
        g_hash_table_insert (counts, g_memdup2 (&ev.df.slots[b].key, sizeof (guint64)),
                             GUINT_TO_POINTER (ev.df.slots[b].count));
  event_names_clear (&ev);
  g_hash_table_unref (ev.not_names);
  g_free (art_of);
  g_array_unref (art_size);
  g_ptr_array_unref (art_ids);
  g_hash_table_unref (art);
  g_hash_table_unref (pos);
  return counts;
}
