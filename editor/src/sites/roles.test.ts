import { describe, expect, it } from "vitest";
import { can } from "../../../domain/permissions.ts";
import { assignableRoles, mayManageMember } from "./roles.ts";

describe("site roles", () => {
  it("lets owners hand out every role, admins everything below owner, others nothing", () => {
    expect(assignableRoles("owner")).toEqual(["owner", "admin", "editor", "viewer"]);
    expect(assignableRoles("admin")).toEqual(["admin", "editor", "viewer"]);
    expect(assignableRoles("editor")).toEqual([]);
    expect(assignableRoles("viewer")).toEqual([]);
  });

  it("keeps owners out of an admin's reach", () => {
    expect(mayManageMember("admin", "editor")).toBe(true);
    expect(mayManageMember("admin", "owner")).toBe(false);
    expect(mayManageMember("owner", "owner")).toBe(true);
    expect(mayManageMember("editor", "viewer")).toBe(false);
  });

  it("reserves renaming for admins and deleting for owners", () => {
    expect(can("admin", "sites.rename")).toBe(true);
    expect(can("editor", "sites.rename")).toBe(false);
    expect(can("admin", "sites.delete")).toBe(false);
    expect(can("owner", "sites.delete")).toBe(true);
  });
});
