"""Enabling a disabled account again (a colleague back from leave). Disabling removed the
account's key, so it comes back with a new password the admin hands over in person: the
same form as resetting a password (`accounts_dialogs.NewPasswordDialog`), with its own words
and its own domain call."""

from __future__ import annotations

from station_desk.domain import accounts
from station_desk.domain.users import User
from station_desk.ui.accounts_dialogs import NewPasswordDialog
from station_desk.ui.i18n import arg


class EnableAccountDialog(NewPasswordDialog):
    set_password = staticmethod(accounts.enable_user)

    def texts(self, user: User) -> tuple[str, str]:
        return (arg(self.tr("Enable the account of %1"), user.display_name),
                arg(self.tr("%1 can sign in again with a new password. Give it to the "
                            "person directly; they can change it afterwards. Enabling "
                            "is recorded in the audit trail."), user.display_name))
