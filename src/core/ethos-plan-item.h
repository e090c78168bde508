/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An item of the CPD plan: a learning need and the activity planned for it, by a target date
 * (BACP's and HCPC's "reflection and planning"); the diary's activities that carry it out are
 * its "action and evaluation". */
typedef struct
{
  gint64 id;           /* 0 until kept */
  char  *title;        /* the planned activity */
  char  *need;         /* the learning need it meets, or NULL */
  char  *target;       /* YYYY-MM-DD, or NULL */
  guint  n_activities; /* activities in the diary that carry it out, when read from the store */
  char  *last_activity; /* the date of the latest, or NULL */
} EthosPlanItem;

EthosPlanItem *ethos_plan_item_new (void);
void           ethos_plan_item_free (EthosPlanItem *item);
gboolean       ethos_plan_item_check (EthosPlanItem *item, GError **error);
char          *ethos_plan_item_status (const EthosPlanItem *item, const char *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosPlanItem, ethos_plan_item_free)

G_END_DECLS
