/* cg-sha256.h: SHA-256 of an article's bytes, the key of the store.
 *
 * GLib's g_compute_checksum_for_data() was almost half of reading an
 * article.  Most x86 processors made since 2017 compute SHA-256 in
 * hardware (the SHA extensions); cg_sha256() uses them when the processor
 * has them and a portable implementation otherwise.  Both give the digest
 * of FIPS 180-4, as GLib does.
 */
#ifndef CG_SHA256_H
#define CG_SHA256_H

#include <glib.h>

G_BEGIN_DECLS

#define CG_SHA256_BYTES 32

/* The digest of DATA[0, LEN) into OUT.  Thread-safe. */
void cg_sha256 (const void *data, gsize len, guint8 out[CG_SHA256_BYTES]);

/* The digest as 64 lowercase hex digits, like
 * g_compute_checksum_for_data (G_CHECKSUM_SHA256, ...).  Returns a new
 * string the caller frees. */
char *cg_sha256_hex (const void *data, gsize len);

/* The two implementations behind cg_sha256(), for the tests.  The
 * hardware one returns FALSE (OUT untouched) where the processor lacks
 * the SHA extensions or the build targets another architecture. */
void     cg_sha256_portable (const void *data, gsize len, guint8 out[CG_SHA256_BYTES]);
gboolean cg_sha256_hardware (const void *data, gsize len, guint8 out[CG_SHA256_BYTES]);

G_END_DECLS

#endif
