/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where the copies off this disk stand (issue 19): ethos_offdisk_judge(). */
typedef enum /*< prefix=ETHOS_OFFDISK >*/
{
  ETHOS_OFFDISK_NOT_SET, /*< nick=not-set >*/ /* no place for copies is set */
  ETHOS_OFFDISK_NEVER,   /*< nick=never >*/   /* one is set, and no copy has been made there */
  ETHOS_OFFDISK_RECENT,  /*< nick=recent >*/  /* the last copy is at most a week old */
  ETHOS_OFFDISK_STALE,   /*< nick=stale >*/   /* the last copy is more than a week old */
} EthosOffdiskState;

/* A copy off this disk older than this many days is warned about. */
#define ETHOS_OFFDISK_STALE_DAYS 7

EthosOffdiskState ethos_offdisk_judge (const char  *destination,
                                       GDateTime   *last_copy,
                                       GDateTime   *now,
                                       char       **sentence);
gboolean          ethos_offdisk_state_is_warning (EthosOffdiskState state);
char             *ethos_offdisk_plain_copies_sentence (const char *destination,
                                                      gboolean    there,
                                                      guint       removed);
gboolean          ethos_offdisk_mount_holds (const char *mount_path, const char *destination);

G_END_DECLS
