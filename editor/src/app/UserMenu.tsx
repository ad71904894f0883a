import { FormattedMessage, useIntl } from "react-intl";
import { useLogout } from "../auth/useLogout.ts";
import { useCurrentUser } from "../api/session.ts";
import { Avatar } from "../ui/Avatar.tsx";
import { ChevronDownIcon, LogOutIcon, UserIcon } from "../ui/icons.tsx";
import { Menu, MenuHeader, MenuItem, MenuLink, MenuSeparator } from "../ui/Menu.tsx";

/** The account button at the right of the top bar: who is logged in, settings, log out. */
export function UserMenu() {
  const user = useCurrentUser();
  const logout = useLogout();
  const intl = useIntl();
  return (
    <Menu
      label={intl.formatMessage(
        { id: "app.userMenu.label", defaultMessage: "Account menu for {name}" },
        { name: user.name },
      )}
      triggerClassName="user-menu__trigger"
      trigger={
        <>
          <Avatar name={user.name} colorKey={user.id} size="sm" />
          <span className="user-menu__name">{user.name}</span>
          <ChevronDownIcon className="user-menu__chevron" />
        </>
      }
    >
      <MenuHeader>
        <p className="user-menu__header-name">{user.name}</p>
        <p className="user-menu__header-email">{user.email}</p>
      </MenuHeader>
      <MenuSeparator />
      <MenuLink to="/account" icon={<UserIcon />}>
        <FormattedMessage id="app.userMenu.settings" defaultMessage="Account settings" />
      </MenuLink>
      <MenuItem onSelect={() => void logout()} icon={<LogOutIcon />}>
        <FormattedMessage id="app.userMenu.logOut" defaultMessage="Log out" />
      </MenuItem>
    </Menu>
  );
}
