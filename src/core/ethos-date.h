/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ETHOS_INPUT_ERROR (ethos_input_error_quark ())

/* Input a person typed that Ethos cannot take: said in one sentence, nothing written. */
typedef enum
{
  ETHOS_INPUT_ERROR_DATE,
  ETHOS_INPUT_ERROR_DURATION,
  ETHOS_INPUT_ERROR_NUMBER,
  ETHOS_INPUT_ERROR_TEXT,
  ETHOS_INPUT_ERROR_CHOICE,
} EthosInputError;

/* How a date is shown to people (ethos_date_format ()). */
typedef enum
{
  ETHOS_DATE_LONG,  /* 22 November 2026 */
  ETHOS_DATE_SHORT, /* 22 Nov 2026 */
  ETHOS_DATE_MONTH, /* November 2026 */
  ETHOS_DATE_DAY,   /* 22 November: a day within the coming year */
} EthosDateStyle;

/* The longest a single day's activity can be, in minutes. */
#define ETHOS_MINUTES_PER_DAY (24 * 60)

GQuark   ethos_input_error_quark (void);

gboolean ethos_date_parse (const char *text, GDate *date, GError **error);
char    *ethos_date_to_iso (const GDate *date);
char    *ethos_date_time_to_iso (GDateTime *time);
char    *ethos_date_today_iso (void);
char    *ethos_date_format (const GDate *date, EthosDateStyle style);
char    *ethos_date_format_iso (const char *iso, EthosDateStyle style);
gboolean ethos_count_parse (const char *text, int min, int max, int *value, GError **error);
gboolean ethos_fraction_parse (const char *text, int *percent, GError **error);

G_END_DECLS
