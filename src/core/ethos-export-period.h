/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ethos-body-rules.h"

G_BEGIN_DECLS

/* The periods an export can cover, as the export dialog offers them. */
typedef enum
{
  ETHOS_EXPORT_PERIOD_LAST_12_MONTHS,
  ETHOS_EXPORT_PERIOD_CPD_YEAR,
  ETHOS_EXPORT_PERIOD_SINCE_RECORDS_BEGAN,
  ETHOS_EXPORT_PERIOD_CUSTOM,
  ETHOS_EXPORT_N_PERIODS
} EthosExportPeriod;

/* What the periods are worked out from: ISO days, each NULL when not known. */
typedef struct
{
  const char                  *today;
  const EthosBodyRules *const *rules;       /* the profile's bodies, in its order (or NULL) */
  const char *const           *cpd_anchors; /* for each, a day its CPD period starts, or NULL */
  guint                        n_bodies;
  const char                  *diary_start; /* the first entry's date, or NULL: no entry yet */
} EthosExportFacts;

const char *ethos_export_period_title (EthosExportPeriod period);
gboolean    ethos_export_period_available (EthosExportPeriod       period,
                                           const EthosExportFacts *facts);
gboolean    ethos_export_period_range (EthosExportPeriod       period,
                                       const EthosExportFacts *facts,
                                       const char             *custom_from,
                                       const char             *custom_to,
                                       char                    from[11],
                                       char                    to[11],
                                       GError                **error);
char       *ethos_export_period_describe (const char *from, const char *to);

G_END_DECLS
