export interface Department {
  id: string;
  name: string;
  memberIds: string[];
  memberCount: number;
  /** Members whose presence is online. */
  onlineCount: number;
}
