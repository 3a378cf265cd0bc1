"""The desktop app's words for known errors, in the caseworker's language, keyed by each error's `code`.

The core raises `KnownError`s with English messages (the CLI prints them; `domain/errors.py` explains the codes).
Here every code maps to the same English text, marked for extraction under the "Errors" context; the app shows its
translation. The English here must match the core's word for word (tests/ui/test_error_text.py checks every class
and every raise site with a message of its own), and `error_message` shows a translation only when the error's
message is exactly the catalogued one: a message with anything else in it (a file name, a changed wording not yet
catalogued) is shown as it is, in English, rather than a translation of something it does not say.
"""

from __future__ import annotations

from council_desk.domain import secret_rules
from council_desk.domain.errors import KnownError
from council_desk.ui.qt import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Errors"

# fmt: off
MESSAGES: dict[str, str] = {
    # domain/errors.py
    "known_error": QT_TRANSLATE_NOOP("Errors", "Something went wrong."),
    "usage": QT_TRANSLATE_NOOP("Errors", "Something went wrong."),
    "sign_in_required": QT_TRANSLATE_NOOP("Errors", "You need to sign in to the 311 access system again."),
    "offline": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system cannot be reached. You can keep working; changes will be sent later."),
    "server_refused": QT_TRANSLATE_NOOP("Errors", "The 311 access system refused the request."),
    "keyring_problem": QT_TRANSLATE_NOOP(
        "Errors", "The system keyring could not be used to unlock the case cache."),
    "cache_problem": QT_TRANSLATE_NOOP("Errors", "The local case cache could not be opened."),
    "not_saved": QT_TRANSLATE_NOOP(
        "Errors", "This was NOT saved: the disk is full or the cache folder cannot be written."),
    "privacy_halt": QT_TRANSLATE_NOOP(
        "Errors",
        "Sync stopped: the server sent records this office may not hold. Nothing from them was stored. "
        "Tell your privacy officer; the server may be misconfigured."),
    # sync/errors.py, sync/engine.py
    "access_token_rejected": QT_TRANSLATE_NOOP("Errors", "You need to sign in to the 311 access system again."),
    "device_revoked": QT_TRANSLATE_NOOP(
        "Errors",
        "This PC's access was withdrawn by the 311 access system, so its case data was removed. "
        "Ask your supervisor if you think this is wrong."),
    "server_busy": QT_TRANSLATE_NOOP(
        "Errors",
        "The 311 access system is busy or down for maintenance. You can keep working; changes will be sent "
        "later."),
    "tls_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The secure connection to the 311 access system could not be verified (certificate problem): someone "
        "may be intercepting this network's traffic. Nothing was sent. Do not sign in on this network; tell "
        "your IT contact."),
    "bad_response": QT_TRANSLATE_NOOP(
        "Errors",
        "The 311 access system sent a response Council Desk could not read, so nothing from it was used. "
        "Try again later; if it keeps happening, tell your IT contact."),
    "feed_abuse": QT_TRANSLATE_NOOP(
        "Errors",
        "Sync stopped: the 311 access system's list of changes looped or went backwards. Nothing was removed "
        "from this PC. Try again later; if it keeps happening, tell your IT contact."),
    "not_found": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system no longer shares this complaint with your office."),
    "cursor_expired": QT_TRANSLATE_NOOP("Errors", "The sync position expired; a full resync is needed."),
    "request_refused": QT_TRANSLATE_NOOP("Errors", "The 311 access system refused the request."),
    "refused_http": QT_TRANSLATE_NOOP("Errors", "The 311 access system refused the request (HTTP %1)."),
    "insecure_server": QT_TRANSLATE_NOOP(
        "Errors",
        "This server address is not allowed: use an https:// address (plain http:// only works for this PC "
        "itself, for training)."),
    "cancelled": QT_TRANSLATE_NOOP("Errors", "Cancelled."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system asked Council Desk to slow down. Try again in a few minutes."),
    "forbidden": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system says your account may not do this. Ask your supervisor."),
    "redirected": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system tried to send Council Desk elsewhere; that is not allowed."),
    "foreign_server": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system pointed to a different server; that is not allowed."),
    "response_too_large": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system sent a response larger than allowed; it was ignored."),
    "offline_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "Council Desk has not reached the 311 access system for more than %1 days. Connect to the network and "
        "sign in again to keep working."),
    # sync/auth.py, sync/session.py, sync/tokens.py, ui/session_backend.py
    "sign_in_foreign_endpoints": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system's sign-in addresses point to another server; not signing in."),
    "sign_in_no_pkce": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system does not offer the secure sign-in method Council Desk requires."),
    "sign_in_timed_out": QT_TRANSLATE_NOOP("Errors", "Sign-in was not completed in time. Please try again."),
    "sign_in_no_browser": QT_TRANSLATE_NOOP("Errors", "No web browser could be opened for sign-in."),
    "sign_in_not_completed": QT_TRANSLATE_NOOP("Errors", "Sign-in was cancelled or refused. Please try again."),
    "sign_in_refused": QT_TRANSLATE_NOOP(
        "Errors", "Sign-in was refused by the 311 access system. Please try again."),
    "no_account_yet": QT_TRANSLATE_NOOP(
        "Errors", "Sign in first: Council Desk does not know which account's cases to open."),
    # cache/errors.py and the cache's own raise sites
    "sign_in_not_fresh": QT_TRANSLATE_NOOP(
        "Errors",
        "The 311 access system did not confirm that you just signed in (it may have used an earlier sign-in). "
        "Nothing was kept. Try again; if it keeps happening, tell your IT contact."),
    "no_account_for_server": QT_TRANSLATE_NOOP(
        "Errors", "This PC has no signed-in account for this server yet. Sign in first."),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors",
        "This PC has no usable system keyring to keep the case cache key in. You need to choose a cache "
        "passphrase instead: the cache is always encrypted, and without a keyring the passphrase is the only way "
        "to unlock it. Council Desk never stores the key in a plain file."),
    "passphrase_required": QT_TRANSLATE_NOOP(
        "Errors", "This case cache is locked with a cache passphrase. Enter the passphrase to open it."),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "Errors",
        "The system keyring is locked, so Council Desk cannot reach its keys (the case cache stays locked). "
        "Unlock your keyring (usually by signing in to the PC again) and try once more."),
    "weak_passphrase": QT_TRANSLATE_NOOP("Errors", "That cache passphrase is too weak."),
    "weak_passphrase_rule": QT_TRANSLATE_NOOP("Errors", "That cache passphrase cannot be used: %1"),
    "keyring_insecure": QT_TRANSLATE_NOOP(
        "Errors",
        "The only keyring available on this PC keeps secrets unencrypted, so Council Desk will not use it. Use a "
        "cache passphrase instead, or ask support to set up the system keyring."),
    "keyring_gone_for_cache": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache on this PC is locked with a key kept in the system keyring, and that keyring cannot be "
        "used now. Sign in to the PC normally (so the keyring starts) and try again, or call support."),
    "passphrase_record_damaged": QT_TRANSLATE_NOOP(
        "Errors", "The cache passphrase record is damaged, so the cache cannot be unlocked."),
    "cache_key_damaged": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache key in the system keyring is damaged, so the cache cannot be unlocked. Call support."),
    "cache_key_not_kept": QT_TRANSLATE_NOOP(
        "Errors", "The system keyring did not keep the case cache key. Call support."),
    "passphrase_empty": QT_TRANSLATE_NOOP("Errors", "The cache passphrase cannot be empty."),
    "cache_wrong_key": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache on this PC is locked with a different key than the one available now (a wrong "
        "passphrase, or the keyring entry was replaced). Nothing was changed. Try the passphrase again, or ask "
        "support to set the old cache aside and sync a fresh copy."),
    "cache_key_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The key for the case cache on this PC is missing from the system keyring, so the cache cannot be "
        "opened. It will be set aside (not deleted) and a fresh copy synced; unsent follow-ups in it are lost."),
    "cache_corrupt": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache file on this PC is damaged or was altered, so no data from it is shown. It will be set "
        "aside (not deleted) and a fresh copy synced from the 311 access system."),
    "cache_unwritable": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache cannot be opened because its folder cannot be written (read-only, no permission, or the "
        "disk is full). Nothing was changed. Free some disk space or ask support to check the folder."),
    "cache_self_test_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache failed its safety self-test (encryption or secure settings are not active), so Council "
        "Desk will not use it. Reinstall Council Desk or call support."),
    "cache_too_new": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache was written by a newer version of Council Desk. Update Council Desk to open it."),
    "store_closed": QT_TRANSLATE_NOOP(
        "Errors",
        "The case cache is closed (Council Desk was locked or signed out). Open it again to go on."),
    "store_refused_record": QT_TRANSLATE_NOOP(
        "Errors",
        "Sync stopped: the server sent records this office may not hold. Nothing from them was stored. "
        "Tell your privacy officer; the server may be misconfigured."),
    "case_gone": QT_TRANSLATE_NOOP(
        "Errors", "This case is no longer in the cache on this PC, so nothing was saved."),
    # cache/outbox.py, cache/tasks.py, letters/personal.py: issue 14's casework
    "reminder_needs_owner": QT_TRANSLATE_NOOP(
        "Errors", "A reminder needs to know whose it is: sign in first, then log the follow-up again."),
    "reminder_gone": QT_TRANSLATE_NOOP(
        "Errors", "This reminder is no longer on this PC, so nothing was changed."),
    "letter_paragraph_too_long": QT_TRANSLATE_NOOP(
        "Errors",
        "The personal paragraph is longer than 1500 characters. Shorten it (a longer note belongs in a "
        "follow-up), then print again."),
    "not_saved_disk_full": QT_TRANSLATE_NOOP(
        "Errors",
        "This was NOT saved: the disk is full or the cache folder cannot be written. (the disk is full)"),
    "not_saved_read_only": QT_TRANSLATE_NOOP(
        "Errors",
        "This was NOT saved: the disk is full or the cache folder cannot be written. "
        "(the cache folder cannot be written)"),
    "not_saved_disk_error": QT_TRANSLATE_NOOP(
        "Errors",
        "This was NOT saved: the disk is full or the cache folder cannot be written. (a disk error)"),
    # cache/local_unlock.py, sync/session.py: the lock's PIN or passphrase
    "unlock_locked_out": QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong PIN or passphrase tries, so Council Desk is locked on this PC. Sign in again with your "
        "browser to unlock it (your work is saved)."),
    "unlock_not_set": QT_TRANSLATE_NOOP(
        "Errors",
        "No unlock PIN was chosen on this PC yet. Sign in with your browser (when the network is back) and choose "
        "one; until then the cases here stay locked."),
    "wrong_unlock_secret": QT_TRANSLATE_NOOP(
        "Errors",
        "That PIN or passphrase is not right. %1 tries left before Council Desk asks you to sign in again with "
        "your browser."),
    "wrong_unlock_secret_last": QT_TRANSLATE_NOOP(
        "Errors",
        "That PIN or passphrase is not right. %1 try left before Council Desk asks you to sign in again with your "
        "browser."),
    "session_expired": QT_TRANSLATE_NOOP(
        "Errors",
        "Your session has reached its daily limit. Sign in again with your browser to keep working; nothing you "
        "saved is lost."),
    "session_expired_online": QT_TRANSLATE_NOOP(
        "Errors",
        "Your session has reached its daily limit and the 311 access system can be reached, so sign in again with "
        "your browser. (Without a network, your PIN keeps you working offline.)"),
    # audit/log.py
    "audit_write_failed": QT_TRANSLATE_NOOP(
        "Errors",
        "The audit log could not be written, so this action was not carried out (nothing was printed, shown or "
        "exported). Free some disk space or call support, then try again."),
    # ui/printing.py
    "not_printed": QT_TRANSLATE_NOOP(
        "Errors",
        "The printer could not be started, so nothing was printed. Check the printer and try again."),
    "no_office": QT_TRANSLATE_NOOP(
        "Errors",
        "Letters need the office's letterhead, which arrives when you sign in. Sign in, then try again."),
    "cases_gone": QT_TRANSLATE_NOOP("Errors", "The selected cases are no longer on this PC."),
    "locked_not_saved": QT_TRANSLATE_NOOP("Errors", "The cache is locked, so nothing was saved."),
    "locked_not_printed": QT_TRANSLATE_NOOP("Errors", "The cache is locked, so nothing was printed."),
    # domain/roles.py, domain/disclosure.py, sync/disclosures.py, cache/approvals.py: the privacy officer's side
    "role_refused": QT_TRANSLATE_NOOP("Errors", "Your role does not allow this."),
    "role_forbidden": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system says your role may not do this. Ask your supervisor."),
    "access_ended": QT_TRANSLATE_NOOP(
        "Errors",
        "Your office's access to 311 cases has ended (end of term), so nothing more syncs. The district's cases "
        "are removed from this PC on that date; the privacy log is still sent."),
    "disclosure_refused": QT_TRANSLATE_NOOP("Errors", "This disclosure is not allowed."),
    "disclosure_no_cases": QT_TRANSLATE_NOOP("Errors", "Choose at least one case."),
    "disclosure_no_class": QT_TRANSLATE_NOOP("Errors", "Choose routine, case-by-case or exigent."),
    "disclosure_needs_approval": QT_TRANSLATE_NOOP(
        "Errors", "A case-by-case disclosure needs the approval number a supervisor granted."),
    "disclosure_needs_reason": QT_TRANSLATE_NOOP(
        "Errors", "An exigent disclosure needs a written reason (why it cannot wait)."),
    "disclosure_no_details": QT_TRANSLATE_NOOP("Errors", "Choose at least one detail to share."),
    "approval_offline": QT_TRANSLATE_NOOP(
        "Errors",
        "A case-by-case disclosure needs the 311 access system to confirm its approval, and it cannot be reached "
        "now, so nothing was released. Routine and exigent disclosures work offline."),
    "approval_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        "The 311 access system did not issue this approval for your office. Check the number, or ask your "
        "supervisor for one."),
    "approval_case_gone": QT_TRANSLATE_NOOP(
        "Errors", "A case chosen is no longer shared with your office, so nothing was released."),
    "approval_not_confirmed": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system did not confirm this approval, so nothing was released."),
    "approval_answer_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The 311 access system's answer did not match this approval, so nothing was released."),
    "request_case_gone": QT_TRANSLATE_NOOP(
        "Errors", "A case of this request is no longer on this PC, so nothing was saved."),
    "request_gone": QT_TRANSLATE_NOOP("Errors", "This request is no longer on this PC, so nothing was saved."),
    "no_identity_yet": QT_TRANSLATE_NOOP(
        "Errors", "This PC has no signed-in identity for that server yet: sync first."),
    "proof_other_account": QT_TRANSLATE_NOOP(
        "Errors", "That sign-in was with another account than the one whose cases were asked for, so they stay "
        "shut. Sign in with that account, or give its unlock PIN."),
}
# fmt: on


def _fill(text: str, details: tuple[str, ...]) -> str:
    # From the highest number down, so %1 never eats the start of a %10.
    for n in range(len(details), 0, -1):
        text = text.replace(f"%{n}", details[n - 1])
    return text


def error_message(error: KnownError) -> str:
    """What the app shows for `error`: the catalogue's translation when the error says exactly what the catalogue
    holds for its code, else the error's own (English) words."""
    english = MESSAGES.get(error.code)
    if english is None or _fill(english, error.details) != error.user_message:
        return error.user_message
    # A detail that is itself a catalogued sentence (a passphrase rule) is shown translated too.
    return _fill(QCoreApplication.translate(CONTEXT, english), tuple(rule_message(d) for d in error.details))


# The rules for a caseworker's own secrets (`domain.secret_rules`), which answer in English words; %1 is the number
# the rule names.
RULES: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("SecretRules", "A passphrase needs at least %1 characters."), secret_rules.MIN_PASSPHRASE),
    (QT_TRANSLATE_NOOP("SecretRules", "A passphrase cannot be one character repeated."), None),
    (QT_TRANSLATE_NOOP("SecretRules", "A passphrase cannot start or end with a space."), None),
    (QT_TRANSLATE_NOOP("SecretRules", "A PIN needs at least %1 digits."), secret_rules.MIN_PIN),
    (
        QT_TRANSLATE_NOOP("SecretRules", "This PIN is too easy to guess (a repeated digit or a run like 123456)."),
        None,
    ),
)


def rule_message(english: str) -> str:
    """A secret rule's answer in the interface language (as it is, if the catalogue does not hold it)."""
    for text, number in RULES:
        filled = text if number is None else text.replace("%1", str(number))
        if filled == english:
            translated = QCoreApplication.translate("SecretRules", text)
            return translated if number is None else translated.replace("%1", str(number))
    return english
