/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  ETHOS_FINDING_NHS_NUMBER,
  ETHOS_FINDING_POSTCODE,
  ETHOS_FINDING_PHONE,
  ETHOS_FINDING_EMAIL,
  ETHOS_FINDING_DATE_OF_BIRTH,
} EthosFindingKind;

typedef struct {
  EthosFindingKind kind;
  gsize            start, end;   /* byte offsets into the text, end exclusive */
  guint            line, column; /* 1-based; column counts characters (not bytes) */
} EthosFinding;

/* Returns a GArray of EthosFinding, sorted by start and non-overlapping; never NULL. @length
 * may be -1 for a nul-terminated @text; @text may be NULL. Free with g_array_unref(). */
GArray     *ethos_privacy_scan            (const char *text, gssize length);
const char *ethos_finding_kind_to_string  (EthosFindingKind kind);
char       *ethos_privacy_describe        (GArray *findings);
char       *ethos_privacy_warning         (GArray *findings);
const char *ethos_privacy_why             (void);

G_END_DECLS
