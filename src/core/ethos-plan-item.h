/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An item of the CPD plan: a learning need and the activity planned for it, by a target date
 * (BACP's and HCPC's "reflection and planning"); the diary's activities that carry it out are
 * its "action and evaluation". It is done when the practitioner says the need is met: an
 * activity may be one of several. */
typedef struct
{
  gint64 id;           /* 0 until kept */
  char  *title;        /* the planned activity */
  char  *need;         /* the learning need it meets, or NULL */
  char  *target;       /* YYYY-MM-DD, or NULL */
  char  *done;         /* YYYY-MM-DD, the day it was marked done, or NULL: not done yet */
  guint  n_activities; /* activities in the diary that carry it out, when read from the store */
  char  *last_activity; /* the date of the latest, or NULL */
} EthosPlanItem;

/* An activity in the diary that carries out a plan item. */
typedef struct
{
  gint64 plan_id;
  gint64 entry_id;
  char  *date;  /* YYYY-MM-DD */
  char  *title;
} EthosPlanActivity;

EthosPlanItem *ethos_plan_item_new (void);
EthosPlanItem *ethos_plan_item_copy (const EthosPlanItem *item);
void           ethos_plan_item_free (EthosPlanItem *item);
gboolean       ethos_plan_item_check (EthosPlanItem *item, GError **error);
char          *ethos_plan_item_status (const EthosPlanItem *item, const char *today);
gboolean       ethos_plan_item_in_year (const EthosPlanItem *item,
                                        const char          *from,
                                        const char          *to);
char          *ethos_plan_item_describe_removal (const EthosPlanItem *item);

void           ethos_plan_activity_free (EthosPlanActivity *activity);
char          *ethos_plan_activity_describe (const EthosPlanActivity *activity);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosPlanItem, ethos_plan_item_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (EthosPlanActivity, ethos_plan_activity_free)

G_END_DECLS
