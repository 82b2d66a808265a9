package tollgate.aws.workspaces_volumes_unencrypted_test

import rego.v1

import data.tollgate.aws.workspaces_volumes_unencrypted as rule

test_fail_1 if {
	count(rule.deny) > 0 with input as {"type": "aws_workspaces_workspace", "address": "aws_workspaces_workspace.x", "kind": "terraform", "values": {"directory_id": "d-0a1b2c3d", "bundle_id": "wsb-0a1b2c3d", "user_name": "alice"}, "unknown": []}
}

test_fail_2 if {
	count(rule.deny) > 0 with input as {"type": "AWS::WorkSpaces::Workspace", "address": "AWS::WorkSpaces::Workspace.x", "kind": "cloudformation", "values": {"DirectoryId": "d-0a1b2c3d", "BundleId": "wsb-0a1b2c3d", "UserName": "alice"}, "unknown": []}
}

test_pass_3 if {
	count(rule.deny) == 0 with input as {"type": "aws_workspaces_workspace", "address": "aws_workspaces_workspace.x", "kind": "terraform", "values": {"directory_id": "d-0a1b2c3d", "bundle_id": "wsb-0a1b2c3d", "user_name": "bob", "root_volume_encryption_enabled": true, "user_volume_encryption_enabled": true, "volume_encryption_key": "alias/aws/workspaces"}, "unknown": []}
}

test_pass_4 if {
	count(rule.deny) == 0 with input as {"type": "AWS::WorkSpaces::Workspace", "address": "AWS::WorkSpaces::Workspace.x", "kind": "cloudformation", "values": {"DirectoryId": "d-0a1b2c3d", "BundleId": "wsb-0a1b2c3d", "UserName": "bob", "UserVolumeEncryptionEnabled": true, "RootVolumeEncryptionEnabled": true, "VolumeEncryptionKey": "alias/aws/workspaces"}, "unknown": []}
}
