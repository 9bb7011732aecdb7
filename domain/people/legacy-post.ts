import type { Post, Role } from "../../schema/values";

/**
 * The post a token acts in. A token issued to a person acts in that person's post; one issued
 * before people had tokens keeps working as the unit's 联络员, or as the office or a leader.
 */
export function postOfToken(role: Role, personPost: string | null): Post {
  if (personPost === "联络员" || personPost === "执行员" || personPost === "办公室" || personPost === "召集人" || personPost === "副召集人") {
    return personPost;
  }
  return role === "unit" ? "联络员" : role === "office" ? "办公室" : "召集人";
}
