/* metatable.c: a corpus's metadata table (TSV or CSV), read once, looked up
 * per article.
 *
 * The whole file is checked before anything is kept: a table with one bad
 * row is an error naming the file and the line, never half a table, so an
 * ingest given a broken table stops before it writes anything.  Column
 * names and the order of slash dates come from metadata.rules; the table's
 * strings live in one GStringChunk, its rows in one array.
 */
#include "cg-metatable.h"
#include "cg-model.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>

enum { COL_KEY, COL_TITLE, COL_AUTHOR, COL_OUTLET, COL_DATE, N_COLS };

static const char *const col_fields[N_COLS] = { "key", "title", "author", "outlet", "date" };

struct _CgMetaTable {
  GStringChunk *strings;
  GArray       *rows;  /* CgMetaRow */
  GHashTable   *index; /* key (borrowed from strings) -> row number + 1 */
};

typedef struct {
  const char *path;
  char       *data;     /* the file's bytes and a NUL; unquoted fields end in place */
  gsize       len, pos;
  guint       line;     /* line of pos, 1-based */
  char        sep;
  gboolean    quoting;  /* CSV: fields may be "quoted" */
  gboolean    dmy;      /* 1/2/18 is 1 February, not 2 January */
  GString    *record;   /* the quoted fields of the last record read, each ended by a NUL */
  GArray     *offs;     /* FieldAt: where each field is */
  gsize       nl;       /* the next newline at or after some earlier pos (len: none), once NL_KNOWN */
  gboolean    nl_known;
} Parser;

/* A field of the record being read: in the data (DIRECT) or at OFF in the
 * record buffer, which may still move. */
typedef struct {
  const char *direct;
  gsize       off;
} FieldAt;

static gboolean
table_error (GError **error, const char *path, guint line, const char *fmt, ...) G_GNUC_PRINTF (4, 5);

static gboolean
table_error (GError **error, const char *path, guint line, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  if (line)
    g_set_error (error, CG_ERROR, CG_ERROR_INPUT, "%s: line %u: %s", path, line, msg);
  else
    g_set_error (error, CG_ERROR, CG_ERROR_INPUT, "%s: %s", path, msg);
  g_free (msg);
  return FALSE;
}

/* Append field bytes to the record's buffer B, the field starting at
 * START: stripped of g_ascii_isspace() at both ends as g_strstrip() would,
 * ended by a NUL, its place pushed to OFFS. */
static void
field_end (GString *b, gsize start, GArray *offs)
{
  gsize e = b->len;
  while (e > start && g_ascii_isspace (b->str[e - 1]))
    e--;
  g_string_truncate (b, e);
  while (start < e && g_ascii_isspace (b->str[start]))
    start++;
  g_string_append_c (b, '\0');
  FieldAt at = { NULL, start };
  g_array_append_val (offs, at);
}

/* Read one record's fields into FIELDS: strings in P's record buffer, good
 * until the next call (a string per field was two allocations and a copy,
 * most of loading a large table).  Returns FALSE at the end of the data or
 * on an error (set).  Blank lines are skipped; *LINE is the line the
 * record starts on. */
static gboolean
next_record (Parser *p, GPtrArray *fields, guint *line, gboolean *ok, GError **error)
{
  g_ptr_array_set_size (fields, 0);
  while (p->pos < p->len && (p->data[p->pos] == '\n' || p->data[p->pos] == '\r'))
    {
      if (p->data[p->pos] == '\n')
        p->line++;
      p->pos++;
    }
  if (p->pos >= p->len)
    return FALSE;
  *line = p->line;
  GString *f = p->record;
  g_string_truncate (f, 0);
  g_array_set_size (p->offs, 0);
  for (;;)
    {
      gboolean quoted = p->quoting && p->pos < p->len && p->data[p->pos] == '"';
      gsize start = f->len;
      char end;  /* the byte at pos once the field is read */
      if (quoted)
        {
          guint opened = p->line;
          p->pos++;
          for (;;)
            {
              if (p->pos >= p->len)
                return *ok = table_error (error, p->path, opened, "a quoted field is not closed");
              char c = p->data[p->pos++];
              if (c == '"')
                {
                  if (p->pos < p->len && p->data[p->pos] == '"')
                    p->pos++;
                  else
                    break;
                }
              else if (c == '\r')
                continue;
              else if (c == '\n')
                p->line++;
              g_string_append_c (f, c);
            }
          if (p->pos < p->len && p->data[p->pos] != p->sep && p->data[p->pos] != '\n'
              && p->data[p->pos] != '\r')
            return *ok = table_error (error, p->path, p->line, "text after the closing quote of field %u",
                                      p->offs->len + 1);
          field_end (f, start, p->offs);
          end = p->pos < p->len ? p->data[p->pos] : '\0';
        }
      else
        {
          /* the field ends at the separator or the line's end: both
           * found by memchr(), the line's end once per line.  It is
           * stripped and ended by a NUL where it lies (copying every
           * field of a 37,556-row table into the record buffer was half
           * of its loading); the byte the NUL may take is kept in END. */
          gsize s = p->pos;
          if (!p->nl_known || p->nl < s)
            {
              const char *nl = memchr (p->data + s, '\n', p->len - s);
              p->nl = nl ? (gsize) (nl - p->data) : p->len;
              p->nl_known = TRUE;
            }
          const char *q = memchr (p->data + s, p->sep, p->nl - s);
          p->pos = q ? (gsize) (q - p->data) : p->nl;
          end = p->pos < p->len ? p->data[p->pos] : '\0';
          gsize e = p->pos;
          if (e > s && p->data[e - 1] == '\r')
            e--;
          while (e > s && g_ascii_isspace (p->data[e - 1]))
            e--;
          while (s < e && g_ascii_isspace (p->data[s]))
            s++;
          p->data[e] = '\0';  /* data[len] is g_file_get_contents()' NUL */
          FieldAt at = { p->data + s, 0 };
          g_array_append_val (p->offs, at);
        }
      if (p->pos < p->len && end == p->sep)
        {
          p->pos++;
          continue;
        }
      if (end == '\r')
        {
          while (p->pos < p->len && p->data[p->pos] == '\r')
            p->pos++;
          end = p->pos < p->len ? p->data[p->pos] : '\0';
        }
      if (p->pos < p->len && end == '\n')
        {
          p->pos++;
          p->line++;
        }
      break;
    }
  /* the buffer no longer moves: the fields' addresses */
  for (guint i = 0; i < p->offs->len; i++)
    {
      const FieldAt *at = &g_array_index (p->offs, FieldAt, i);
      g_ptr_array_add (fields, at->direct ? (gpointer) at->direct : f->str + at->off);
    }
  return TRUE;
}

static gboolean
digits (const char *s, guint n, guint *value)
{
  guint v = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (guint) (s[i] - '0');
    }
  *value = v;
  return TRUE;
}

/* A table date as yyyy-mm-dd in OUT: "2016-09-20" (a time after it, as in
 * "2016-09-20T08:00:00Z" or "2016-09-20 08:00", is dropped), "2016/09/20",
 * or a slash date "1/21/18", "21/1/2018" read month first or day first as
 * metadata.rules' table_slash_dates says; a two-digit year is 19yy from 69
 * on and 20yy below, as POSIX strptime's %y.  OUT is left empty for a date
 * outside 1800-2200.  FALSE when S is not a calendar date. */
static gboolean
table_date (const char *s, gboolean dmy, char out[11])
{
  guint y, m, d;
  gsize n = strlen (s);
  if (n >= 10 && digits (s, 4, &y) && (s[4] == '-' || s[4] == '/') && digits (s + 5, 2, &m) && s[7] == s[4]
      && digits (s + 8, 2, &d) && (n == 10 || s[10] == 'T' || s[10] == ' '))
    ;
  else
    {
      guint a, b, l[3] = { 0 }, v[3];
      const char *p = s;
      for (guint k = 0; k < 3; k++)
        {
          while (g_ascii_isdigit (p[l[k]]))
            l[k]++;
          if (l[k] == 0 || !digits (p, l[k], &v[k]) || (k < 2 && p[l[k]] != '/'))
            return FALSE;
          p += l[k] + (k < 2);
        }
      if (*p != '\0' || l[0] > 2 || l[1] > 2 || (l[2] != 2 && l[2] != 4))
        return FALSE;
      a = v[0];
      b = v[1];
      m = dmy ? b : a;
      d = dmy ? a : b;
      y = l[2] == 4 ? v[2] : (v[2] >= 69 ? 1900 + v[2] : 2000 + v[2]);
    }
  if (!g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    return FALSE;
  /* Exports write placeholders such as 0001-11-30 for "no date": a real
   * calendar date, but none a news article has. */
  if (y < 1800 || y > 2200)
    out[0] = '\0';
  else
    {
      /* "%04u-%02u-%02u" without printf, a third of loading a table that
       * has dates: y has four digits here, m and d at most two */
      out[0] = (char) ('0' + y / 1000);
      out[1] = (char) ('0' + y / 100 % 10);
      out[2] = (char) ('0' + y / 10 % 10);
      out[3] = (char) ('0' + y % 10);
      out[4] = '-';
      out[5] = (char) ('0' + m / 10);
      out[6] = (char) ('0' + m % 10);
      out[7] = '-';
      out[8] = (char) ('0' + d / 10);
      out[9] = (char) ('0' + d % 10);
      out[10] = '\0';
    }
  return TRUE;
}

/* Which column of the header is which field: -1 for none.  A header name
 * is matched case-insensitively against [table-columns]. */
static gboolean
map_header (CgRules *rules, Parser *p, GPtrArray *header, guint line, int cols[N_COLS], GError **error)
{
  GPtrArray *names = cg_rules_entries (rules, "metadata", "table-columns");
  for (guint c = 0; c < N_COLS; c++)
    cols[c] = -1;
  for (guint i = 0; i < header->len; i++)
    {
      char *h = g_utf8_casefold (g_ptr_array_index (header, i), -1);
      for (guint r = 0; r < names->len; r++)
        {
          const CgRule *rule = g_ptr_array_index (names, r);
          const char *field = cg_rule_attr (rule, "field");
          char *name = g_utf8_casefold (rule->phrase, -1);
          gboolean same = strcmp (name, h) == 0;
          g_free (name);
          if (!same || field == NULL)
            continue;
          for (guint c = 0; c < N_COLS; c++)
            if (strcmp (field, col_fields[c]) == 0 && cols[c] < 0)
              cols[c] = (int) i;
        }
      g_free (h);
    }
  if (cols[COL_KEY] >= 0)
    return TRUE;
  GString *known = g_string_new (NULL);
  for (guint r = 0; r < names->len; r++)
    {
      const CgRule *rule = g_ptr_array_index (names, r);
      const char *field = cg_rule_attr (rule, "field");
      if (field && strcmp (field, "key") == 0)
        g_string_append_printf (known, "%s\"%s\"", known->len ? ", " : "", rule->phrase);
    }
  table_error (error, p->path, line,
               "no column names the article: the header needs one of %s (metadata.rules, [table-columns])",
               known->str);
  g_string_free (known, TRUE);
  return FALSE;
}

/* S kept in T's strings, or NULL for an empty field: one copy of each
 * string with SHARED (authors, outlets and dates repeat), a plain copy
 * without (titles rarely do, and interning hashed each of them). */
static char *
keep (CgMetaTable *t, const char *s, gboolean shared)
{
  if (!*s)
    return NULL;
  return shared ? g_string_chunk_insert_const (t->strings, s) : g_string_chunk_insert (t->strings, s);
}

/* The file name of PATH, and the file name without its extension (new). */
static char *
stem_of (const char *name)
{
  const char *dot = strrchr (name, '.');
  return dot && dot != name ? g_strndup (name, (gsize) (dot - name)) : g_strdup (name);
}

static gboolean
parse (CgRules *rules, CgMetaTable *t, Parser *p, GError **error)
{
  GPtrArray *fields = g_ptr_array_new ();   /* borrowed from the parser's record */
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint)); /* row -> its line */
  char *key_name = NULL;
  guint line = 0;
  int cols[N_COLS];
  gboolean ok = TRUE;
  if (!next_record (p, fields, &line, &ok, error))
    {
      if (ok)
        ok = table_error (error, p->path, 0, "the metadata table is empty: no header row");
      goto out;
    }
  guint n_fields = fields->len;
  if (!(ok = map_header (rules, p, fields, line, cols, error)))
    goto out;
  key_name = g_strdup (g_ptr_array_index (fields, cols[COL_KEY]));
  while (next_record (p, fields, &line, &ok, error))
    {
      if (fields->len != n_fields)
        {
          ok = table_error (error, p->path, line, "%u fields where the header has %u", fields->len, n_fields);
          goto out;
        }
      const char *key = g_ptr_array_index (fields, cols[COL_KEY]);
      if (*key == '\0')
        {
          ok = table_error (error, p->path, line, "the article column (\"%s\") is empty", key_name);
          goto out;
        }
      CgMetaRow row = { 0 };
      const char **slot[N_COLS] = { NULL, &row.title, &row.author, &row.outlet, &row.date };
      for (guint c = COL_TITLE; c < N_COLS; c++)
        if (cols[c] >= 0)
          *slot[c] = keep (t, g_ptr_array_index (fields, cols[c]), c != COL_TITLE);
      if (row.date)
        {
          char iso[11];
          if (!table_date (row.date, p->dmy, iso))
            {
              ok = table_error (error, p->path, line,
                                "\"%s\" is not a date (yyyy-mm-dd, or m/d/yy as table_slash_dates says)",
                                row.date);
              goto out;
            }
          row.date = keep (t, iso, TRUE);
        }
      guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (t->index, key));
      if (seen)
        {
          ok = table_error (error, p->path, line, "the article \"%s\" was already given on line %u", key,
                            g_array_index (lines, guint, seen - 1));
          goto out;
        }
      const char *k = g_string_chunk_insert (t->strings, key);
      g_array_append_val (lines, line);
      g_array_append_val (t->rows, row);
      g_hash_table_insert (t->index, (gpointer) k, GUINT_TO_POINTER (t->rows->len));
    }
out:
  g_free (key_name);
  g_array_unref (lines);
  g_ptr_array_unref (fields);
  return ok;
}

/* g_utf8_validate_len() of DATA, which holds no NUL, with the ASCII runs
 * skipped eight bytes at a time: only the stretches between two ASCII
 * bytes are handed to GLib (an ASCII byte ends any sequence, so a
 * stretch's first bad sequence is the data's).  *BAD as GLib sets it. */
static gboolean
utf8_valid (const char *data, gsize len, const char **bad)
{
  gsize i = 0;
  while (i < len)
    {
      while (i + 8 <= len)
        {
          guint64 x;
          memcpy (&x, data + i, 8);
          if (x & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          i += 8;
        }
      while (i < len && !((guchar) data[i] & 0x80))
        i++;
      if (i == len)
        break;
      gsize j = i;
      while (j < len && ((guchar) data[j] & 0x80))
        j++;
      if (!g_utf8_validate_len (data + i, j - i, bad))
        return FALSE;
      i = j;
    }
  return TRUE;
}

CgMetaTable *
cg_meta_table_load (CgRules *rules, const char *path, GError **error)
{
  GStatBuf st;
  if (g_stat (path, &st) != 0)
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot read the metadata table: %s", path,
                   g_strerror (errno));
      return NULL;
    }
  if (st.st_size > CG_MAX_META_TABLE_BYTES)
    {
      table_error (error, path, 0, "the metadata table is too big: %" G_GINT64_FORMAT " bytes (limit %d)",
                   (gint64) st.st_size, CG_MAX_META_TABLE_BYTES);
      return NULL;
    }
  char *data = NULL;
  gsize len = 0;
  GError *local = NULL;
  if (!g_file_get_contents (path, &data, &len, &local))
    {
      g_set_error (error, CG_ERROR, CG_ERROR_IO, "%s: cannot read the metadata table: %s", path, local->message);
      g_error_free (local);
      return NULL;
    }
  const char *bad = NULL;
  const char *nul = memchr (data, '\0', len);
  if (nul || !utf8_valid (data, len, &bad))
    {
      gsize at = nul ? (gsize) (nul - data) : (gsize) (bad - data);
      guint line = 1;
      for (gsize i = 0; i < at; i++)
        line += data[i] == '\n';
      table_error (error, path, line, "byte %" G_GSIZE_FORMAT ": the metadata table is not UTF-8 text", at);
      g_free (data);
      return NULL;
    }
  Parser p = { .path = path, .data = data, .len = len, .line = 1 };
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    p.pos = 3;
  /* Tab-separated unless the header row has commas and no tab. */
  const char *nl = memchr (data + p.pos, '\n', len - p.pos);
  gsize hl = nl ? (gsize) (nl - data) : len;
  gboolean tab = memchr (data + p.pos, '\t', hl - p.pos) != NULL;
  p.sep = tab ? '\t' : ',';
  p.quoting = !tab;
  const char *order = cg_rules_string (rules, "metadata", "table_slash_dates");
  p.dmy = order && g_ascii_strcasecmp (order, "dmy") == 0;

  CgMetaTable *t = g_new0 (CgMetaTable, 1);
  t->strings = g_string_chunk_new (64 * 1024);
  t->rows = g_array_new (FALSE, FALSE, sizeof (CgMetaRow));
  t->index = g_hash_table_new (g_str_hash, g_str_equal);
  p.record = g_string_sized_new (4096);
  p.offs = g_array_new (FALSE, FALSE, sizeof (FieldAt));
  gboolean ok = parse (rules, t, &p, error);
  g_string_free (p.record, TRUE);
  g_array_unref (p.offs);
  g_free (data);
  if (!ok)
    {
      cg_meta_table_free (t);
      return NULL;
    }
  return t;
}

void
cg_meta_table_free (CgMetaTable *t)
{
  if (t == NULL)
    return;
  g_hash_table_unref (t->index);
  g_array_unref (t->rows);
  g_string_chunk_free (t->strings);
  g_free (t);
}

static const CgMetaRow *
row_of (const CgMetaTable *t, const char *key)
{
  guint i = GPOINTER_TO_UINT (g_hash_table_lookup (t->index, key));
  return i ? &g_array_index (t->rows, CgMetaRow, i - 1) : NULL;
}

const CgMetaRow *
cg_meta_table_lookup (const CgMetaTable *t, const char *path)
{
  if (t == NULL || path == NULL)
    return NULL;
  const CgMetaRow *row = row_of (t, path);
  if (row)
    return row;
  const char *slash = strrchr (path, '/');
  const char *name = slash ? slash + 1 : path;
  if ((row = row_of (t, name)) != NULL)
    return row;
  char *stem = stem_of (name);
  row = row_of (t, stem);
  g_free (stem);
  return row;
}

guint
cg_meta_table_size (const CgMetaTable *t)
{
  return t ? t->rows->len : 0;
}
