/* cg-model.h: the plain data records that flow between pipeline stages.
 *
 * Every stage of claimgraph (read, segment, extract, resolve, link, score,
 * store, export) takes these records in and gives these records out, so each
 * stage can be tested alone and the store can rebuild them from SQLite.
 * Records are plain structs with public fields, like GString: a stage that
 * creates one owns it until it hands it to a container, and each record type
 * has a _free function that releases every field.
 *
 * Byte offsets: every CgSpan is a half-open byte range [start, end) into the
 * article file exactly as it was read from disk (BOM, CR and markup
 * included).  A span with start < 0 means "none".
 */
#ifndef CG_MODEL_H
#define CG_MODEL_H

#include <glib.h>

G_BEGIN_DECLS

/* ---- errors ----------------------------------------------------------- */

#define CG_ERROR (cg_error_quark ())
GQuark cg_error_quark (void);

typedef enum {
  CG_ERROR_IO,        /* a file could not be opened, read or written */
  CG_ERROR_INPUT,     /* an article is unusable: binary, bad UTF-8, too big, empty */
  CG_ERROR_RULES,     /* a rule file is missing or has a syntax error */
  CG_ERROR_STORE,     /* the database is locked, corrupt, newer, read-only */
  CG_ERROR_USAGE,     /* the caller asked for something that makes no sense */
  CG_ERROR_NOT_FOUND  /* an id or file that does not exist */
} CgErrorCode;

/* ---- spans ------------------------------------------------------------- */

typedef struct {
  gint64 start;
  gint64 end;
} CgSpan;

#define CG_SPAN_NONE ((CgSpan) { -1, -1 })
#define cg_span_is_set(s) ((s).start >= 0)

/* ---- article ----------------------------------------------------------- */

typedef struct {
  char   *id;        /* "d1", ... assigned by the corpus or the store; may be NULL before */
  char   *path;      /* as given on the command line */
  char   *sha256;    /* hex digest of the file's bytes */
  char   *raw;       /* the file's bytes, NUL-terminated, len bytes */
  gsize   len;
  /* The analysis text: exactly len bytes, the raw bytes with everything that
   * is not prose blanked to ASCII spaces (BOM, CR, Markdown markup,
   * boilerplate).  Because it has the raw length, an offset into text is an
   * offset into the file. */
  char   *text;
  char   *title;     /* NULL where unknown */
  char   *author;    /* byline, NULL where unknown */
  char   *outlet;
  char   *date;      /* ISO 8601 yyyy-mm-dd, NULL where unknown */
  /* The news agencies whose copy it prints (credits, wire.rules): their
   * names sorted and separated by a space, NULL for none. */
  char   *wire;
  GArray *boilerplate; /* CgSpan: regions recognised as boilerplate (blanked in text) */
} CgArticle;

CgArticle *cg_article_new (void);
void       cg_article_free (CgArticle *article);

/* ---- segments ---------------------------------------------------------- */

typedef struct {
  CgSpan span;
} CgParagraph;

typedef struct {
  CgSpan span;
  guint  paragraph;       /* index into paragraphs */
} CgSentence;

typedef struct {
  CgSpan   span;          /* from the opening mark to the closing mark, both included */
  CgSpan   inner;         /* the quoted text, marks excluded */
  guint    depth;         /* 0 for a top-level quote, 1 inside another, ... */
  gint     parent;        /* index of the enclosing quote, -1 at top level */
  guint    first_paragraph;
  guint    last_paragraph; /* > first_paragraph for a quote reopened over paragraphs */
  gboolean closed;        /* FALSE: no closing mark before the end of the article */
  gboolean single;        /* opened by a single quotation mark */
} CgQuote;

typedef struct {
  GArray *paragraphs;     /* CgParagraph */
  GArray *sentences;      /* CgSentence, in text order */
  GArray *quotes;         /* CgQuote, ordered by span.start */
} CgSegments;

CgSegments *cg_segments_new (void);
void        cg_segments_free (CgSegments *segments);

/* ---- assertions -------------------------------------------------------- */

typedef enum {
  CG_KIND_DIRECT,    /* a full quotation */
  CG_KIND_INDIRECT,  /* reported speech: "X said that ..." */
  CG_KIND_MIXED,     /* reported speech holding a quoted fragment */
  CG_KIND_AUTHOR     /* the carrier's own check-worthy claim */
} CgAssertionKind;

typedef enum {
  CG_CERTAINTY_CERTAIN,
  CG_CERTAINTY_PROBABLE,
  CG_CERTAINTY_POSSIBLE,
  CG_CERTAINTY_UNKNOWN
} CgCertainty;

typedef enum {
  CG_POLARITY_POSITIVE,
  CG_POLARITY_NEGATIVE
} CgPolarity;

typedef enum {
  CG_STANCE_NEUTRAL,
  CG_STANCE_ENDORSES,
  CG_STANCE_DISPUTES
} CgStance;

/* The pointers and spans first, then the 32-bit fields, so that nothing
 * pads: 144 bytes where the fields in reading order took 160 (an ingest
 * keeps every record to its end: 1.2M on the whole AllSides corpus). */
typedef struct {
  char            *id;          /* "a17"; assigned by the corpus or the store */
  char            *article_id;  /* the carrying article's id */
  char            *text;        /* the content, whitespace folded, quote marks trimmed */
  CgSpan           span;        /* the content in the file */
  char            *cue_text;    /* NULL for author claims */
  CgSpan           cue;
  char            *source_text; /* the speaker mention as printed ("Former CIA director William J. Burns") */
  CgSpan           source;
  CgSpan           source_ref;  /* where the mention is a relative pronoun ("the agency, which said"):
                                 * the words it stands for, which resolve names the speaker from;
                                 * none otherwise (not stored: only extract and resolve use it) */
  char            *speaker_id;  /* set by resolve; NULL where no speaker was found */
  const char      *rule;        /* the attribution pattern that matched, for `show`: interned
                                 * (g_intern_string()), never freed with the record
                                 * (1.2M copies of a few dozen names were 34 MB of a whole-corpus
                                 * ingest's peak) */
  CgAssertionKind  kind;
  CgCertainty      certainty;
  CgPolarity       polarity;
  CgStance         stance;
  guint            sentence;    /* index of the sentence holding the content start */
  guint32          packed;      /* bytes of strings in the assertion's own block, after the
                                 * record (cg_assertion_new_packed()); 0 for none */
} CgAssertion;

CgAssertion *cg_assertion_new (void);

/* cg_assertion_new() with room for a text of TEXT_ROOM - 1 bytes
 * (TEXT_ROOM >= 1; a->text points at it, empty) in the record's own
 * block: one allocation for what takes two otherwise (the extractor makes
 * one per assertion).  The text in the block is freed with the record:
 * replace it with cg_assertion_set_string(), never by g_free() of the
 * field.  Returns a new assertion (cg_assertion_free()). */
CgAssertion *cg_assertion_new_packed (gsize text_room);

/* Replace the string field *FIELD of ASSERTION (&assertion->text, ...) by
 * VALUE, which it takes (may be NULL); the old string is freed unless it
 * is in the record's block. */
void         cg_assertion_set_string (CgAssertion *assertion, char **field, char *value);

void         cg_assertion_free (CgAssertion *assertion);

/* ---- speakers ---------------------------------------------------------- */

typedef enum {
  CG_SPEAKER_PERSON,
  CG_SPEAKER_ORGANIZATION,
  CG_SPEAKER_DOCUMENT,
  CG_SPEAKER_ANONYMOUS,
  CG_SPEAKER_AUTHOR
} CgSpeakerKind;

typedef struct {
  char          *id;       /* "s9" */
  char          *name;     /* canonical name: the longest full form seen */
  CgSpeakerKind  kind;
  GPtrArray     *aliases;  /* char*: every form that resolved to this speaker */
  GPtrArray     *roles;    /* char*: "Former CIA director", "a Kremlin spokesman" */
} CgSpeaker;

CgSpeaker *cg_speaker_new (void);
void       cg_speaker_free (CgSpeaker *speaker);

/* ---- links and claims -------------------------------------------------- */

typedef enum {
  CG_RELATION_SAME_AS,
  CG_RELATION_SUPPORTS,
  CG_RELATION_CONTRADICTS,
  CG_RELATION_QUOTES,
  /* a contradiction explained by time: the two were said more than
   * change_over_time_days apart (or of disjoint years); from the older
   * assertion to the newer */
  CG_RELATION_CHANGES
} CgRelation;

#define CG_N_RELATIONS 5

typedef struct {
  char       *from;      /* assertion id */
  char       *to;        /* assertion id */
  CgRelation  relation;
  double      score;
  char       *rule;      /* the rule that fired, e.g. "contradicts.numeric" */
  char       *evidence;  /* human-readable scores and cues behind it */
} CgLink;

CgLink *cg_link_new (void);
void    cg_link_free (CgLink *link);

typedef enum {
  CG_VERDICT_CORROBORATED,
  CG_VERDICT_SINGLE_SOURCE,
  CG_VERDICT_CONTESTED,
  CG_VERDICT_CONTRADICTED
} CgVerdict;

typedef struct {
  char      *id;             /* "c4" */
  CgVerdict  verdict;
  GPtrArray *assertions;     /* char*: member assertion ids */
  GPtrArray *supporters;     /* char*: independent supporting speaker ids */
  GPtrArray *contradictors;  /* char*: speaker ids of contradicting assertions */
} CgClaim;

CgClaim *cg_claim_new (void);
void     cg_claim_free (CgClaim *claim);

/* ---- the corpus: everything one run knows ------------------------------ */

typedef struct {
  GPtrArray *articles;    /* CgArticle*, owned */
  GPtrArray *assertions;  /* CgAssertion*, owned */
  GPtrArray *speakers;    /* CgSpeaker*, owned */
  GPtrArray *links;       /* CgLink*, owned */
  GPtrArray *claims;      /* CgClaim*, owned */
} CgCorpus;

CgCorpus *cg_corpus_new (void);
void      cg_corpus_free (CgCorpus *corpus);

/* Lookups by id; the returned records belong to the corpus.  The first call
 * builds an index, so call them after the corpus is filled. */
CgArticle   *cg_corpus_article (CgCorpus *corpus, const char *id);
CgAssertion *cg_corpus_assertion (CgCorpus *corpus, const char *id);
CgSpeaker   *cg_corpus_speaker (CgCorpus *corpus, const char *id);

/* Who printed CLAIM first: the member whose article has the earliest date
 * (of two on one day, the one earlier in the claim), or NULL when no
 * member's article is dated.  Belongs to the corpus. */
CgAssertion *cg_corpus_claim_first (CgCorpus *corpus, const CgClaim *claim);

/* ---- enum names, as used in JSON, the store and the CLI ----------------- */

const char *cg_kind_name (CgAssertionKind kind);
const char *cg_certainty_name (CgCertainty certainty);
const char *cg_polarity_name (CgPolarity polarity);
const char *cg_stance_name (CgStance stance);
const char *cg_speaker_kind_name (CgSpeakerKind kind);
const char *cg_relation_name (CgRelation relation);
const char *cg_verdict_name (CgVerdict verdict);

/* Parse a name back; return FALSE for an unknown name. */
gboolean cg_kind_from_name (const char *name, CgAssertionKind *out);
gboolean cg_certainty_from_name (const char *name, CgCertainty *out);
gboolean cg_polarity_from_name (const char *name, CgPolarity *out);
gboolean cg_stance_from_name (const char *name, CgStance *out);
gboolean cg_speaker_kind_from_name (const char *name, CgSpeakerKind *out);
gboolean cg_relation_from_name (const char *name, CgRelation *out);
gboolean cg_verdict_from_name (const char *name, CgVerdict *out);

G_END_DECLS

#endif /* CG_MODEL_H */
