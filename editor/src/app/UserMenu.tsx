import { useLogout } from "../auth/useLogout.ts";
import { useCurrentUser } from "../api/session.ts";
import { Avatar } from "../ui/Avatar.tsx";
import { ChevronDownIcon, LogOutIcon, UserIcon } from "../ui/icons.tsx";
import { Menu, MenuHeader, MenuItem, MenuLink, MenuSeparator } from "../ui/Menu.tsx";

/** The account button at the right of the top bar: who is logged in, settings, log out. */
export function UserMenu() {
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Menu
      label={`Account menu for ${user.name}`}
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
        Account settings
      </MenuLink>
      <MenuItem onSelect={() => void logout()} icon={<LogOutIcon />}>
        Log out
      </MenuItem>
    </Menu>
  );
}
