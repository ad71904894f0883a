export { Avatar, initials } from "./Avatar.tsx";
export { Badge } from "./Badge.tsx";
export {
  Button,
  ButtonLink,
  ExternalButtonLink,
  buttonClassName,
  type ButtonSize,
  type ButtonVariant,
} from "./Button.tsx";
export { CopyLink } from "./CopyLink.tsx";
export { Card, CardBody, CardFooter, CardHeader } from "./Card.tsx";
export { Dialog, DialogBody, DialogFooter } from "./Dialog.tsx";
export { EmptyState } from "./EmptyState.tsx";
export { PasswordField, Select, TextField } from "./Field.tsx";
export { Menu, MenuHeader, MenuItem, MenuLink, MenuSeparator } from "./Menu.tsx";
export { FormError, Notice } from "./Notice.tsx";
export { LoadingRegion, Skeleton } from "./Skeleton.tsx";
export { Spinner } from "./Spinner.tsx";
export { ToastProvider, useToast, type ToastInput } from "./Toast.tsx";
export { PageHeader } from "./PageHeader.tsx";
