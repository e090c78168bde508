/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * EthosStoreChange:
 * @ETHOS_STORE_CHANGE_ENTRIES: diary entries and their evidence
 * @ETHOS_STORE_CHANGE_REMINDERS: reminders, events, completions and the stages shown
 * @ETHOS_STORE_CHANGE_PROFILE: the practitioner's name, memberships, their own numbers for a
 *   body's rules, opening balances, CPD period anchors, the notification time and lead days
 * @ETHOS_STORE_CHANGE_CODES: codes imported or removed, shipped codes updated, bookmarks
 * @ETHOS_STORE_CHANGE_NOTES: notes on clauses
 * @ETHOS_STORE_CHANGE_DRAFTS: drafts of diary entries kept, changed or dropped
 * @ETHOS_STORE_CHANGE_ALL: all of them: another program wrote, or a backup was put back
 *
 * What a write changed, as EthosStore::changed says it.
 */
typedef enum /*< flags >*/
{
  ETHOS_STORE_CHANGE_ENTRIES = 1 << 0,
  ETHOS_STORE_CHANGE_REMINDERS = 1 << 1,
  ETHOS_STORE_CHANGE_PROFILE = 1 << 2,
  ETHOS_STORE_CHANGE_CODES = 1 << 3,
  ETHOS_STORE_CHANGE_NOTES = 1 << 4,
  ETHOS_STORE_CHANGE_DRAFTS = 1 << 5,
  ETHOS_STORE_CHANGE_ALL = ETHOS_STORE_CHANGE_ENTRIES | ETHOS_STORE_CHANGE_REMINDERS
                           | ETHOS_STORE_CHANGE_PROFILE | ETHOS_STORE_CHANGE_CODES
                           | ETHOS_STORE_CHANGE_NOTES | ETHOS_STORE_CHANGE_DRAFTS,
} EthosStoreChange;

G_END_DECLS
