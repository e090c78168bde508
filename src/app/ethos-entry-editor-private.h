/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The editor's insides, shared by ethos-entry-editor.c and its parts: -form.c, -save.c,
 * -privacy.c, -links.c and -plan.c. */

#include "ethos-draft.h"
#include "ethos-entry-editor.h"

G_BEGIN_DECLS

struct _EthosEntryEditor
{
  GtkWidget             parent_instance;

  GtkStack             *stack;
  GtkScrolledWindow    *scroller;
  GtkLabel             *kind_label;
  GtkLabel             *status_label;
  char                 *status_said;      /* the status last said to a screen reader */
  AdwPreferencesGroup  *supervision_group;
  AdwPreferencesGroup  *cpd_group;
  AdwPreferencesGroup  *clauses_group;
  AdwPreferencesGroup  *evidence_group;
  AdwEntryRow          *date_row;
  AdwEntryRow          *end_date_row;
  AdwEntryRow          *minutes_row;
  AdwEntryRow          *hours_row;
  AdwEntryRow          *supervisor_row;
  GtkMenuButton        *supervisor_button;
  AdwComboRow          *format_row;
  AdwEntryRow          *group_size_row;
  AdwComboRow          *mode_row;
  AdwEntryRow          *client_hours_row;
  AdwEntryRow          *title_row;
  AdwEntryRow          *provider_row;
  AdwComboRow          *cpd_kind_row;
  AdwComboRow          *plan_row;          /* None, then the plan's items */
  GArray               *plan_ids;          /* gint64: the item of each choice after None */
  char                 *plan_key;          /* what the choices were made from */
  GtkWidget            *cbt_skills_row;    /* shown when a body counts the topic */
  GtkSwitch            *cbt_skills_switch; /* the one topic of ethos_cpd_topics */
  GtkWidget            *notes_box;
  GtkWidget            *actions_box;
  GtkWidget            *outcomes_box;
  GtkWidget            *impact_box;
  GtkTextView          *notes_view;
  GtkTextView          *actions_view;
  GtkTextView          *outcomes_view;
  GtkTextView          *reflection_view;
  GtkTextView          *impact_view;
  GtkPopover           *link_popover;
  GtkSearchEntry       *link_search;
  GtkListBox           *link_results;

  EthosStore           *store;
  EthosEntry           *entry;      /* what is shown; id 0 until first saved */
  GPtrArray            *clause_rows;
  GPtrArray            *evidence_rows;
  guint                 save_source;
  guint                 saving_source; /* "Saving…" said once the typing is drawn */
  guint                 privacy_source; /* the notes scanned once the typing is drawn */
  gboolean              loading;
  gboolean              write_failed; /* the last save could not be written: kept, retried */
  gint64                draft_id;     /* the draft kept of what is shown, or 0 */
  GtkFileChooserNative *chooser;
  GtkWidget            *delete_button;
};

enum
{
  ETHOS_ENTRY_EDITOR_SAVED,
  ETHOS_ENTRY_EDITOR_DELETE_REQUESTED,
  ETHOS_ENTRY_EDITOR_N_SIGNALS
};

/* ethos-entry-editor.c */
extern guint ethos_entry_editor_signals[ETHOS_ENTRY_EDITOR_N_SIGNALS];

/* ethos-entry-editor-form.c */
char        *ethos_entry_editor_buffer_text (GtkTextView *view);
void         ethos_entry_editor_fill_form (EthosEntryEditor *self, EthosEntry *entry);
EthosEntry  *ethos_entry_editor_read_form (EthosEntryEditor *self, GError **error);
void         ethos_entry_editor_on_format_changed_cb (EthosEntryEditor *self);

/* ethos-entry-editor-save.c */
void         ethos_entry_editor_set_status (EthosEntryEditor *self, const char *text, gboolean error);
gboolean     ethos_entry_editor_save_now (EthosEntryEditor *self);
void         ethos_entry_editor_on_changed_cb (EthosEntryEditor *self);

/* ethos-entry-editor-draft.c */
void         ethos_entry_editor_load_draft (EthosEntryEditor *self);
gboolean     ethos_entry_editor_keep_draft (EthosEntryEditor  *self,
                                            const char        *problem,
                                            GError           **error);

/* ethos-entry-editor-plan.c */
void         ethos_entry_editor_init_plan_row (EthosEntryEditor *self);
void         ethos_entry_editor_watch_plan (EthosEntryEditor *self, EthosStore *store);
void         ethos_entry_editor_rebuild_plan_row (EthosEntryEditor *self);
gint64       ethos_entry_editor_get_plan_choice (EthosEntryEditor *self);
void         ethos_entry_editor_choose_plan (EthosEntryEditor *self, gint64 id);
void         ethos_entry_editor_read_plan (EthosEntryEditor *self, EthosEntry *entry);

/* ethos-entry-editor-privacy.c */
GtkTextView *ethos_entry_editor_note_view (EthosEntryEditor *self, guint i);
void         ethos_entry_editor_update_privacy (EthosEntryEditor *self);
void         ethos_entry_editor_watch_note (EthosEntryEditor *self, GtkTextView *view);

/* ethos-entry-editor-links.c */
void         ethos_entry_editor_rebuild_link_rows (EthosEntryEditor *self);
void         ethos_entry_editor_rebuild_evidence_rows (EthosEntryEditor *self);
void         ethos_entry_editor_rebuild_supervisor_menu (EthosEntryEditor *self);
void         ethos_entry_editor_on_link_search_changed_cb (EthosEntryEditor *self);
void         ethos_entry_editor_on_link_result_activated_cb (GtkListBox       *box,
                                                             GtkListBoxRow    *row,
                                                             EthosEntryEditor *self);
void         ethos_entry_editor_editor_attach (GtkWidget *widget, const char *action_name, GVariant *parameter);
void         ethos_entry_editor_editor_supervisor (GtkWidget  *widget,
                                                   const char *action_name,
                                                   GVariant   *parameter);

G_END_DECLS
