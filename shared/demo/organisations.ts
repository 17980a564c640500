// The base party organisations of the demo congress: the party committees and cells of a
// provincial agencies bloc, from the provincial party's own boards to departments, courts, branches
// of central agencies, mass organisations, schools and hospitals. Sizes are uneven, as real ones are.

export const DEMO_ORGANISATION_KINDS = [
  'blocCommittee',
  'partyBoard',
  'office',
  'department',
  'judicial',
  'branch',
  'mass',
  'media',
  'school',
  'hospital',
  'service',
] as const;
export type DemoOrganisationKind = (typeof DEMO_ORGANISATION_KINDS)[number];

export interface DemoOrganisation {
  /** The base party organisation, as the roster's organisation column shows it. */
  readonly name: string;
  /** The agency it serves in, as positions name it ("Giám đốc Sở Tài chính"). */
  readonly unit: string;
  /** The title of the agency's head, without the agency ("Giám đốc"). */
  readonly head: string;
  readonly kind: DemoOrganisationKind;
  /** Party members of the organisation; together they are the members the congress represents. */
  readonly partyMembers: number;
}

function org(name: string, unit: string, head: string, kind: DemoOrganisationKind, partyMembers: number): DemoOrganisation {
  return { name, unit, head, kind, partyMembers };
}

/** The organisation of the bloc's own party committee staff; the outgoing standing committee sits in it. */
export const BLOC_COMMITTEE_ORGANISATION = 'Chi bộ Cơ quan Đảng ủy Khối các cơ quan tỉnh';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  org(BLOC_COMMITTEE_ORGANISATION, 'Đảng ủy Khối các cơ quan tỉnh', 'Bí thư', 'blocCommittee', 24),
  org('Đảng bộ Văn phòng Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Chánh', 'office', 118),
  org('Chi bộ Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Trưởng', 'partyBoard', 28),
  org('Chi bộ Ủy ban Kiểm tra Tỉnh ủy', 'Ủy ban Kiểm tra Tỉnh ủy', 'Chủ nhiệm', 'partyBoard', 30),
  org('Chi bộ Ban Tuyên giáo Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Trưởng', 'partyBoard', 26),
  org('Chi bộ Ban Dân vận Tỉnh ủy', 'Ban Dân vận Tỉnh ủy', 'Trưởng', 'partyBoard', 19),
  org('Chi bộ Ban Nội chính Tỉnh ủy', 'Ban Nội chính Tỉnh ủy', 'Trưởng', 'partyBoard', 17),
  org('Đảng bộ Trường Chính trị tỉnh', 'Trường Chính trị tỉnh', 'Hiệu trưởng', 'school', 82),
  org(
    'Chi bộ Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh',
    'Chánh',
    'office',
    29,
  ),
  org('Đảng bộ Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh', 'Chánh', 'office', 96),
  org('Đảng bộ Sở Tài chính', 'Sở Tài chính', 'Giám đốc', 'department', 92),
  org('Đảng bộ Sở Kế hoạch và Đầu tư', 'Sở Kế hoạch và Đầu tư', 'Giám đốc', 'department', 74),
  org('Đảng bộ Sở Y tế', 'Sở Y tế', 'Giám đốc', 'department', 118),
  org('Đảng bộ Sở Giáo dục và Đào tạo', 'Sở Giáo dục và Đào tạo', 'Giám đốc', 'department', 104),
  org('Đảng bộ Sở Giao thông vận tải', 'Sở Giao thông vận tải', 'Giám đốc', 'department', 186),
  org('Đảng bộ Sở Xây dựng', 'Sở Xây dựng', 'Giám đốc', 'department', 88),
  org('Đảng bộ Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Phát triển nông thôn', 'Giám đốc', 'department', 352),
  org('Đảng bộ Sở Tài nguyên và Môi trường', 'Sở Tài nguyên và Môi trường', 'Giám đốc', 'department', 156),
  org('Đảng bộ Sở Công Thương', 'Sở Công Thương', 'Giám đốc', 'department', 84),
  org('Đảng bộ Sở Lao động - Thương binh và Xã hội', 'Sở Lao động - Thương binh và Xã hội', 'Giám đốc', 'department', 132),
  org('Đảng bộ Sở Văn hóa và Thể thao', 'Sở Văn hóa và Thể thao', 'Giám đốc', 'department', 148),
  org('Chi bộ Sở Du lịch', 'Sở Du lịch', 'Giám đốc', 'department', 16),
  org('Đảng bộ Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ', 'Giám đốc', 'department', 68),
  org('Đảng bộ Sở Thông tin và Truyền thông', 'Sở Thông tin và Truyền thông', 'Giám đốc', 'department', 42),
  org('Đảng bộ Sở Nội vụ', 'Sở Nội vụ', 'Giám đốc', 'department', 78),
  org('Đảng bộ Sở Tư pháp', 'Sở Tư pháp', 'Giám đốc', 'department', 54),
  org('Chi bộ Sở Ngoại vụ', 'Sở Ngoại vụ', 'Giám đốc', 'department', 21),
  org('Chi bộ Thanh tra tỉnh', 'Thanh tra tỉnh', 'Chánh', 'department', 29),
  org('Chi bộ Ban Dân tộc tỉnh', 'Ban Dân tộc tỉnh', 'Trưởng', 'department', 22),
  org('Đảng bộ Ban Quản lý Khu kinh tế tỉnh', 'Ban Quản lý Khu kinh tế tỉnh', 'Trưởng', 'department', 57),
  org('Đảng bộ Tòa án nhân dân tỉnh', 'Tòa án nhân dân tỉnh', 'Chánh án', 'judicial', 64),
  org('Đảng bộ Viện Kiểm sát nhân dân tỉnh', 'Viện Kiểm sát nhân dân tỉnh', 'Viện trưởng', 'judicial', 71),
  org('Đảng bộ Cục Thi hành án dân sự tỉnh', 'Cục Thi hành án dân sự tỉnh', 'Cục trưởng', 'judicial', 48),
  org('Đảng bộ Cục Thuế tỉnh', 'Cục Thuế tỉnh', 'Cục trưởng', 'branch', 265),
  org('Đảng bộ Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước tỉnh', 'Giám đốc', 'branch', 178),
  org('Đảng bộ Cục Thống kê tỉnh', 'Cục Thống kê tỉnh', 'Cục trưởng', 'branch', 86),
  org('Đảng bộ Ngân hàng Nhà nước chi nhánh tỉnh', 'Ngân hàng Nhà nước chi nhánh tỉnh', 'Giám đốc', 'branch', 52),
  org('Đảng bộ Bảo hiểm xã hội tỉnh', 'Bảo hiểm xã hội tỉnh', 'Giám đốc', 'branch', 196),
  org('Đảng bộ Cục Quản lý thị trường tỉnh', 'Cục Quản lý thị trường tỉnh', 'Cục trưởng', 'branch', 94),
  org(
    'Chi bộ Cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'Chủ tịch',
    'mass',
    27,
  ),
  org('Chi bộ Tỉnh đoàn', 'Tỉnh đoàn', 'Bí thư', 'mass', 26),
  org('Chi bộ Hội Liên hiệp Phụ nữ tỉnh', 'Hội Liên hiệp Phụ nữ tỉnh', 'Chủ tịch', 'mass', 23),
  org('Chi bộ Hội Nông dân tỉnh', 'Hội Nông dân tỉnh', 'Chủ tịch', 'mass', 22),
  org('Chi bộ Hội Cựu chiến binh tỉnh', 'Hội Cựu chiến binh tỉnh', 'Chủ tịch', 'mass', 18),
  org('Đảng bộ Liên đoàn Lao động tỉnh', 'Liên đoàn Lao động tỉnh', 'Chủ tịch', 'mass', 41),
  org('Chi bộ Liên minh Hợp tác xã tỉnh', 'Liên minh Hợp tác xã tỉnh', 'Chủ tịch', 'mass', 15),
  org(
    'Chi bộ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh',
    'Chủ tịch',
    'mass',
    12,
  ),
  org('Chi bộ Hội Văn học Nghệ thuật tỉnh', 'Hội Văn học Nghệ thuật tỉnh', 'Chủ tịch', 'mass', 11),
  org('Chi bộ Hội Chữ thập đỏ tỉnh', 'Hội Chữ thập đỏ tỉnh', 'Chủ tịch', 'mass', 13),
  org('Đảng bộ Đài Phát thanh và Truyền hình tỉnh', 'Đài Phát thanh và Truyền hình tỉnh', 'Giám đốc', 'media', 138),
  org('Đảng bộ Trường Đại học Y khoa', 'Trường Đại học Y khoa', 'Hiệu trưởng', 'school', 167),
  org('Đảng bộ Trường Cao đẳng Kinh tế - Kỹ thuật', 'Trường Cao đẳng Kinh tế - Kỹ thuật', 'Hiệu trưởng', 'school', 76),
  org('Đảng bộ Trường Cao đẳng Văn hóa Nghệ thuật', 'Trường Cao đẳng Văn hóa Nghệ thuật', 'Hiệu trưởng', 'school', 58),
  org('Đảng bộ Trường Cao đẳng Y tế', 'Trường Cao đẳng Y tế', 'Hiệu trưởng', 'school', 62),
  org('Đảng bộ Bệnh viện Hữu nghị đa khoa tỉnh', 'Bệnh viện Hữu nghị đa khoa tỉnh', 'Giám đốc', 'hospital', 338),
  org('Đảng bộ Bệnh viện Sản Nhi tỉnh', 'Bệnh viện Sản Nhi tỉnh', 'Giám đốc', 'hospital', 216),
  org('Đảng bộ Bệnh viện Ung bướu tỉnh', 'Bệnh viện Ung bướu tỉnh', 'Giám đốc', 'hospital', 164),
  org('Đảng bộ Bệnh viện Chấn thương Chỉnh hình tỉnh', 'Bệnh viện Chấn thương Chỉnh hình tỉnh', 'Giám đốc', 'hospital', 78),
  org('Đảng bộ Trung tâm Kiểm soát bệnh tật tỉnh', 'Trung tâm Kiểm soát bệnh tật tỉnh', 'Giám đốc', 'service', 73),
  org(
    'Chi bộ Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
    'Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh',
    'Giám đốc',
    'service',
    24,
  ),
  org(
    'Chi bộ Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh',
    'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh',
    'Giám đốc',
    'service',
    21,
  ),
  org('Chi bộ Quỹ Đầu tư phát triển tỉnh', 'Quỹ Đầu tư phát triển tỉnh', 'Giám đốc', 'service', 14),
  org(
    'Chi bộ Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
    'Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh',
    'Giám đốc',
    'service',
    12,
  ),
  org('Chi bộ Ban Quản lý Di tích và Danh thắng tỉnh', 'Ban Quản lý Di tích và Danh thắng tỉnh', 'Trưởng', 'service', 19),
];

/** The party committee of an organisation as positions name it: a "Đảng bộ" has a "Đảng ủy", a cell is a "Chi bộ". */
export function committeeOf(organisation: DemoOrganisation): 'Đảng ủy' | 'Chi bộ' {
  return organisation.name.startsWith('Chi bộ') ? 'Chi bộ' : 'Đảng ủy';
}
