/* cg-pattern.h: the attribution-pattern language and its matcher.
 *
 * An attribution pattern is one line of rules/patterns.rules: a sequence of
 * elements over tokens and quotation spans, e.g.
 *
 *     QUOTE , SOURCE CUE        ; name=quote-comma-source-cue
 *     SOURCE CUE * :|, QUOTE    ; name=source-cue-colon-quote
 *
 * Elements (documented in rules/README.md):
 *   QUOTE      a whole quotation, marks included
 *   SOURCE     the speaker mention (found by the caller's noun-phrase callback)
 *   NAME       a SOURCE whose last word is capitalized
 *   CUE        a verb cue; CUE:key requires the cue rule's attribute key=yes,
 *              CUE:key=value that attribute with that value, CUE:a+b both
 *   PREP       a prepositional cue ("according to")
 *   CONTENT    reported content: to the end of the clause or the next literal
 *              (after the anchor: also before tokens already taken);
 *              CONTENT:np a noun phrase (the caller's np_end callback)
 *   NOUN:sec   a cue noun: a phrase of cue-nouns.rules [sec] ("attacks on"),
 *              anchored like a literal word
 *   POSS       a possessive speaker ("his", "Trump's": the caller's callback)
 *   BOS, EOS   sentence start / end (EOS allows closing punctuation)
 *   *, *N      skip 0..skip (or N) tokens inside the sentence (lazy), over no
 *              quotation mark but of a quotation already taken
 *   word, ,    a literal word (case-insensitive) or punctuation; a|b|c alternatives
 *   X?         the element is optional
 *
 * The matcher knows nothing of English: the caller annotates tokens (cues,
 * quote marks, sentences) and finds noun phrases through callbacks, so all
 * language knowledge stays in rule files read by the caller.
 */
#ifndef CG_PATTERN_H
#define CG_PATTERN_H

#include "cg-rules.h"

G_BEGIN_DECLS

/* A token as the matcher sees it.  Laid out small (64 bytes) because the
 * extractor writes one per token and sweeps arrays of them many times per
 * article: the offsets are 32-bit, which holds because an article is at
 * most CG_MAX_ARTICLE_BYTES (16 MB, cg-reader.h) and the extractor refuses
 * longer texts. */
/* A bit of CgPatToken.flags above the CgTokenFlags of cg-segment.h, set
 * by the caller: no content nor skip (`*`) runs over this token (a comma
 * before another speaker and cue verb, "..., the campaign manager said he
 * needed ..."). */
#define CG_PAT_CLAUSE_BREAK (1u << 7)
/* Another such bit: no skip (`*`) runs over this token, a comma right
 * before a participle cue that opens an attribution of its own ('...,
 * Spicer said, adding, "..."': the quotation is the participle's, not
 * the content of "said" after a skip), or a word of extract.rules
 * [cue-joiners] right before an inflected cue verb ('... and said,
 * "..."'). */
#define CG_PAT_PARTICIPLE_BREAK (1u << 6)

typedef struct {
  gint32        start, end;    /* file offsets (< 2^31: see above) */
  const char   *word;          /* casefolded text (punctuation: the character) */
  const CgRule *cue;           /* a verb cue whose verb starts here, or NULL */
  const CgRule *prep;          /* a prepositional cue starting here, or NULL */
  guint         sentence;      /* index of the sentence holding it */
  guint         paragraph;     /* index of the paragraph holding it */
  gint          quote_open;    /* quote index whose opening mark this is, or -1 */
  gint          quote_close;   /* quote index whose closing mark this is, or -1 */
  gint          inside;        /* the real (not scare) quote holding it, marks excluded, or -1:
                                  a content starting inside a quotation ends with it */
  guint         cue_mask;      /* cg_pattern_set_cue_mask() of the cue: the CUE:filters it passes */
  guint8        flags;         /* CgTokenFlags of cg-segment.h (all fit in 8 bits) */
  guint8        cue_pre;       /* tokens before it that belong to the cue group (aux, adverbs, negation) */
  guint16       cue_len;       /* the cue's length in tokens (the verb and particles) */
  guint16       prep_len;
  guint8        taken;         /* inside the content of an assertion already found */
  guint8        no_content;    /* a content may not start here ("said Sunday", "told reporters in") */
} CgPatToken;

/* A quote as the matcher sees it: token indices of its marks. */
typedef struct {
  guint open;     /* token index of the opening mark */
  guint close;    /* token index of the closing mark (its last token: '' is two) */
  guint last;     /* token index of the last token inside, or open when empty */
} CgPatQuote;

/* Noun-phrase callbacks.  Backward: a phrase that ends at or before token
 * END (exclusive) and reaches up to END ("Trump, who" ends at "Trump" but
 * reaches past ", who"); set *START (where the tokens used begin) and
 * *MENTION_END (the mention's end) and return TRUE.  Forward: a phrase
 * starting at START; set *END (exclusive) and return TRUE. */
typedef gboolean (*CgPatSourceBack) (gpointer data, guint end, guint *start, guint *mention_end);
typedef gboolean (*CgPatSourceFwd) (gpointer data, guint start, guint *end);
/* POSS: whether the token before END is a possessive ("his", "Trump's");
 * set *START to where the possessor starts ("Mr. Trump's"). */
typedef gboolean (*CgPatPossessive) (gpointer data, guint end, guint *start);
/* CONTENT:np: the end (exclusive) of a noun phrase starting at START, at
 * most LIMIT; START when there is none. */
typedef guint (*CgPatNpEnd) (gpointer data, guint start, guint limit);

typedef struct {
  const CgPatToken *tokens;
  guint             n_tokens;
  const CgPatQuote *quotes;
  guint             n_quotes;
  guint            *sentence_start;  /* per sentence: first token index */
  guint            *sentence_end;    /* per sentence: one past the last token index */
  guint             n_sentences;
  CgPatSourceBack   source_back;
  CgPatSourceFwd    source_fwd;
  CgPatPossessive   possessive;      /* may be NULL: POSS never matches */
  CgPatNpEnd        np_end;          /* may be NULL: CONTENT:np never matches */
  gpointer          data;
} CgPatInput;

/* Token ranges [start, end) found by one match; start == end == G_MAXUINT when absent. */
typedef struct {
  guint source_start, source_end;
  guint cue_start, cue_end;        /* the cue verb or preposition, without aux/adverbs */
  guint group_start;               /* the cue group start, aux and adverbs included */
  guint content_start, content_end;
  guint split_start, split_end;    /* two CONTENT elements: the gap between them (the attribution) */
  gint  quote;                     /* index of the first QUOTE element's quote, or -1 */
  gint  quote2;                    /* a second QUOTE element's quote ('"...," he said, "..."'), or -1 */
  const CgRule *cue_rule;          /* the cue's rule (verb or preposition), or NULL */
} CgPatMatch;

typedef struct _CgPatternSet CgPatternSet;

/* Compile the [patterns] of rule file NAME (each needs name=...).  SKIP is
 * the longest run of tokens "*" may skip.  Errors name the file and line.
 * Returns a new set; free with cg_pattern_set_free().  The rules must
 * outlive the set. */
CgPatternSet *cg_pattern_set_new (CgRules *rules, const char *name, guint skip, GError **error);
void          cg_pattern_set_free (CgPatternSet *set);

guint         cg_pattern_set_size (const CgPatternSet *set);

/* The rule behind pattern I (its name is cg_rule_attr (rule, "name")). */
const CgRule *cg_pattern_rule (const CgPatternSet *set, guint i);

/* Try pattern I anchored at token POS.  Patterns are anchored on their
 * first CUE or PREP element, else their first NOUN, else their first literal word, else their
 * first QUOTE, else their first literal punctuation; the anchor must match at POS.  Fills *MATCH and returns TRUE
 * on success. Thread-safe: the set is read only. */
gboolean cg_pattern_match_at (const CgPatternSet *set, guint i, const CgPatInput *input,
                              guint pos, CgPatMatch *match);

/* cg_pattern_match_at() of the patterns LIST[*K], LIST[*K + 1], ... up to
 * LIST[N - 1] in turn, but those whose SIDES (per pattern, may be NULL)
 * meet BLOCKED: sets *K to the first that matches and returns TRUE, else
 * returns FALSE.  The same matches as the calls one by one, in one loop. */
gboolean cg_pattern_match_first (const CgPatternSet *set, const guint *list, guint n, guint *k,
                                 const guint *sides, guint blocked, const CgPatInput *input, guint pos,
                                 CgPatMatch *match);

/* Which CUE:filter elements of the set the cue rule CUE satisfies, as a
 * bit mask to store in CgPatToken.cue_mask (computed once per cue token,
 * so matching never looks attributes up). */
guint cg_pattern_set_cue_mask (const CgPatternSet *set, const CgRule *cue);

/* Whether pattern I's anchor could be a cue token whose cue_mask is
 * CUE_MASK: FALSE only for a CUE:filter anchor whose filter the mask
 * fails (so a caller can leave the pattern out of the lists it tries at
 * such cues: it would fail at its anchor). */
gboolean cg_pattern_anchor_cue_ok (const CgPatternSet *set, guint i, guint cue_mask);

/* The literal words some pattern is anchored on (casefolded), so a caller
 * can skip tokens that anchor nothing: no cue, no quotation mark, none of
 * these.  Free the array (not the strings, which belong to the set) with
 * g_ptr_array_unref(). */
GPtrArray *cg_pattern_set_anchor_words (const CgPatternSet *set);

/* The first words of the NOUN elements some pattern is anchored on
 * (casefolded; not among cg_pattern_set_anchor_words()), so a caller can
 * try those patterns on their tokens only.  Free as above. */
GPtrArray *cg_pattern_set_noun_words (const CgPatternSet *set);

/* Whether pattern I has a QUOTE element (the extractor tries those first,
 * so a quotation goes to its attribution before any cue inside it). */
gboolean cg_pattern_has_quote (const CgPatternSet *set, guint i);

/* Whether pattern I could be anchored at POS at all (a cheap test). */
gboolean cg_pattern_anchor_ok (const CgPatternSet *set, guint i, const CgPatInput *input, guint pos);

/* What pattern I is anchored on, so a caller can skip at once the patterns
 * a token cannot anchor (a CUE anchor needs a token with a cue, ...). */
typedef enum {
  CG_PAT_ANCHOR_CUE,
  CG_PAT_ANCHOR_PREP,
  CG_PAT_ANCHOR_WORD,    /* a literal word or punctuation */
  CG_PAT_ANCHOR_QUOTE,
  CG_PAT_ANCHOR_NOUN     /* a NOUN:section element (a literal word of its list) */
} CgPatAnchor;

CgPatAnchor cg_pattern_anchor (const CgPatternSet *set, guint i);

/* Where pattern I has QUOTE elements other than its anchor: bit 0 before
 * the anchor, bit 1 after it. */
guint cg_pattern_quote_sides (const CgPatternSet *set, guint i);

/* Where pattern I has CONTENT elements: bit 0 before its anchor, bit 1
 * after it. */
guint cg_pattern_content_sides (const CgPatternSet *set, guint i);

G_END_DECLS

#endif /* CG_PATTERN_H */
