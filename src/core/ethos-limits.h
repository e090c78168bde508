/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The bounds Ethos holds input to, named once: the editor, the CLI and the record's own check
 * all use these, so that they refuse the same things. */

/* People in a supervision group, the practitioner included: a group is at least two, and a
 * hundred is already a lecture, not a group. */
#define ETHOS_GROUP_SIZE_MIN 2
#define ETHOS_GROUP_SIZE_MAX 100

/* Client hours reported since the last supervision session, in minutes: far more than any
 * practice sees between two sessions, so that only a typing slip is refused. */
#define ETHOS_CLIENT_MINUTES_MAX (100000 * 60)

/* The most days one CPD entry may span: a longer course is several entries. */
#define ETHOS_CPD_DAYS_MAX 31

/* The largest database Ethos restores: a diary of a working life, its codes and its evidence
 * files come to a small part of it. A larger file (a sparse one of gigabytes, say) is refused
 * before it is read. */
#define ETHOS_DATABASE_BYTES_MAX ((gint64) 1000 * 1000 * 1000)

/* Evidence files kept with CPD entries, inside the database: a certificate or a handout is a
 * few hundred kilobytes, a scanned one a few megabytes. Together they stay well under the
 * largest database Ethos restores, so that every backup can be restored. */
#define ETHOS_EVIDENCE_BYTES_MAX ((gint64) 20 * 1000 * 1000)
#define ETHOS_EVIDENCE_TOTAL_BYTES_MAX ((gint64) 500 * 1000 * 1000)

/* A code of ethics imported from a file. Real ones are 10 to 200 KB, with a few hundred
 * paragraphs, none more than a few thousand characters long; these are many times that, so
 * that only a file that is not a code is refused, and is refused before it costs minutes and
 * hundreds of megabytes to read. A paragraph here is any block of the file: a heading, a
 * numbered clause, a lettered item, a bullet or a paragraph of text. */
#define ETHOS_CODE_BYTES_MAX (5 * 1024 * 1024)
#define ETHOS_CODE_BLOCKS_MAX 10000
/* In one clause, with the paragraphs and bullets that fold into it; or in one heading. */
#define ETHOS_CLAUSE_CHARS_MAX 50000
