export { cn } from "./cn";
export { Button, buttonVariants, type ButtonProps } from "./button";
export { Link, type LinkProps } from "./link";
export {
  Field,
  FieldHint,
  FieldError,
  ErrorSummary,
  fieldControlProps,
  fieldHintId,
  fieldErrorId,
  type FieldProps,
  type FieldControlProps,
  type ErrorSummaryProps,
} from "./field";
export { controlVariants, type FieldSize } from "./control-styles";
export { Input, type InputProps } from "./input";
export { Textarea, type TextareaProps } from "./textarea";
export { Options, Select, type SelectProps } from "./select";
export { Checkbox, type CheckboxProps } from "./checkbox";
export { Badge, badgeVariants, type BadgeProps, type BadgeVariant } from "./badge";
export {
  StatusBadge,
  invitationStatuses,
  invitationStatusMeta,
  invitationStatusLabel,
  type InvitationStatus,
  type StatusBadgeProps,
} from "./status-badge";
export { Card, CardHeader, CardTitle, CardDescription, CardContent, CardFooter, type CardTitleProps } from "./card";
export { Table, THead, TBody, TR, TH, TD, type TableProps, type THProps, type TDProps, type SortDirection } from "./table";
export { LinkTabs, type LinkTabsProps, type LinkTabItem } from "./link-tabs";
export { Tabs, TabsList, TabsTrigger, TabsContent } from "./tabs";
export {
  Dialog,
  DialogTrigger,
  DialogClose,
  DialogContent,
  DialogHeader,
  DialogTitle,
  DialogDescription,
  DialogFooter,
  ConfirmDialog,
  type DialogContentProps,
  type ConfirmDialogProps,
} from "./dialog";
export { Toaster, toast, useToast, dismissToast, type ToastOptions, type ToastVariant } from "./toast";
export { DateBlock, type DateBlockProps } from "./date-block";
export { EmptyState, type EmptyStateProps } from "./empty-state";
export { VisuallyHidden, SkipLink, type VisuallyHiddenProps, type SkipLinkProps } from "./visually-hidden";
